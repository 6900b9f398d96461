//! An answer in words, for the printed self-assessment form: what was
//! entered, line by line, with the labels of the questionnaire. (The reasons
//! of `crate::domain::scoring` say what it means; this says what was entered.)

use crate::domain::criteria::{Criterion, Input};
use crate::domain::i18n::numfmt;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::{Answer, ReferenceChoice, YearReading, read_year};

/// The lines describing `answer` to `criterion`; empty when not answered or
/// when the answer is of another kind than the criterion's.
pub fn describe(criterion: &Criterion, answer: Option<&Answer>, lang: Lang) -> Vec<String> {
    let Some(answer) = answer else {
        return Vec::new();
    };
    let yes_no = |v: Option<bool>, yes: Text, no: Text| match v {
        Some(true) => yes.get(lang),
        Some(false) => no.get(lang),
        None => Text::NotChosen.get(lang),
    };
    let number =
        |label: &str, n: Option<i64>| n.map(|n| format!("{label}: {}", numfmt::int(lang, n)));
    match (&criterion.input, answer) {
        (Input::YesNo, Answer::YesNo { value }) => {
            vec![yes_no(*value, Text::AnswerYes, Text::AnswerNo).to_owned()]
        }
        (Input::Counts { groups, .. }, Answer::Counts { groups: given }) => groups
            .iter()
            .filter_map(|g| {
                let a = given.get(&*g.id)?;
                let parts: Vec<String> = [
                    number(g.total_label.get(lang), a.total),
                    number(g.counted_label.get(lang), a.counted),
                    g.exempt_label
                        .as_ref()
                        .and_then(|l| number(l.get(lang), a.exempt)),
                ]
                .into_iter()
                .flatten()
                .collect();
                (!parts.is_empty()).then(|| parts.join("; "))
            })
            .collect(),
        (Input::NamedItems { .. }, Answer::NamedItems { items }) => items
            .iter()
            .map(|i| i.trim())
            .filter(|i| !i.is_empty())
            .map(str::to_owned)
            .collect(),
        (Input::HouseholdRates { references }, Answer::HouseholdRates(r)) => {
            let mut lines: Vec<String> = [
                number(Text::HouseholdsTotal.get(lang), r.households),
                number(Text::PoorHouseholds.get(lang), r.poor),
                number(Text::NearPoorHouseholds.get(lang), r.near_poor),
                number(Text::PoorProtected.get(lang), r.poor_protected),
                number(Text::NearPoorProtected.get(lang), r.near_poor_protected),
            ]
            .into_iter()
            .flatten()
            .collect();
            if r.exclude_protected {
                lines.push(Text::ProtectedExcluded.get(lang).to_owned());
            }
            match &r.reference {
                Some(ReferenceChoice::Preset(id)) => {
                    if let Some(reference) = references.iter().find(|x| &x.id == id) {
                        lines.push(format!(
                            "{}: {}",
                            Text::ReferenceLabel.get(lang),
                            crate::domain::i18n::reference_rates(
                                lang,
                                reference.region.get(lang),
                                reference.as_of.get(..4).unwrap_or_default(),
                                &numfmt::percent_bp(lang, i64::from(reference.poor_bp)),
                                &numfmt::percent_bp(lang, i64::from(reference.near_poor_bp)),
                                &reference.source,
                            )
                        ));
                    }
                }
                Some(ReferenceChoice::Custom {
                    poor_bp,
                    near_poor_bp,
                }) => lines.push(format!(
                    "{}: {} / {}",
                    Text::ReferenceCustom.get(lang),
                    numfmt::percent_bp(lang, *poor_bp),
                    numfmt::percent_bp(lang, *near_poor_bp)
                )),
                None => {}
            }
            lines
        }
        (Input::YearlyRatings { score_scales, .. }, Answer::YearlyRatings { years }) => years
            .iter()
            .map(|y| {
                let points =
                    |t| crate::domain::i18n::score_points(lang, &numfmt::score_tenths(lang, t));
                match read_year(score_scales, y) {
                    // Rated by the score alone: say where the level comes from.
                    YearReading::Scored {
                        tenths,
                        level,
                        chosen: false,
                        ..
                    } => format!("{}: {} → {}", y.year, points(tenths), level.name(lang)),
                    _ => {
                        let level = y.level.map_or(Text::NotChosen.get(lang), |l| l.name(lang));
                        match y.score_tenths {
                            Some(t) => format!("{}: {level} ({})", y.year, points(t)),
                            None => format!("{}: {level}", y.year),
                        }
                    }
                }
            })
            .collect(),
        (Input::Checklist { parts }, Answer::Checklist { parts: given }) => parts
            .iter()
            .filter_map(|p| {
                let holds = given.get(&*p.id)?;
                let word = yes_no(Some(*holds), Text::PartHolds, Text::PartNotYet);
                Some(format!("{}: {word}", p.label.get(lang)))
            })
            .collect(),
        (Input::Organisations { organisations }, Answer::Organisations { rows, others }) => {
            let checks = |staffed: Option<bool>, meets: Option<bool>| {
                format!(
                    "{}: {}; {}: {}",
                    Text::OrgStaffed.get(lang),
                    yes_no(staffed, Text::AnswerYes, Text::OrgNotYet),
                    Text::OrgMeets.get(lang),
                    yes_no(meets, Text::AnswerYes, Text::OrgNotYet),
                )
            };
            let listed = organisations.iter().filter_map(|o| {
                let row = rows.get(&*o.id)?;
                Some(if row.absent {
                    format!("{}: {}", o.name.get(lang), Text::OrgAbsent.get(lang))
                } else {
                    format!("{}: {}", o.name.get(lang), checks(row.staffed, row.meets))
                })
            });
            let added = others
                .iter()
                .filter(|o| !o.name.trim().is_empty())
                .map(|o| format!("{}: {}", o.name.trim(), checks(o.staffed, o.meets)));
            listed.chain(added).collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::Registry;
    use crate::domain::scoring::{Answers, CountAnswer};

    #[test]
    fn answers_read_as_the_questionnaire_labels_them() {
        let registry = Registry::bundled();
        let set = registry
            .latest(crate::domain::criteria::DEFAULT_SET_ID)
            .unwrap();
        let fixture: Answers = serde_json::from_str(
            &serde_json::from_str::<serde_json::Value>(include_str!(
                "../../tests/fixtures/share-link/ben-tre-2021-complete.json"
            ))
            .unwrap()["answers"]
                .to_string(),
        )
        .unwrap();
        let text = |id: &str| {
            describe(
                set.criterion(id).unwrap(),
                fixture.answers.get(id),
                Lang::Vi,
            )
        };
        assert_eq!(
            text("c1")[3],
            "2025: Hoàn thành xuất sắc nhiệm vụ (92,5 điểm)"
        );
        assert_eq!(text("c3"), vec!["Tuyến đường hoa", "Cầu bê tông liên xóm"]);
        assert!(text("c6").iter().any(|l| l == "Số hộ nghèo: 12"));
        assert!(text("c8").iter().all(|l| l.contains(':')));
        for c in set.criteria.iter() {
            assert!(!text(&c.id).is_empty(), "{}", c.id);
        }
        // No answer, or an answer of another kind: nothing to print.
        let c2 = set.criterion("c2").unwrap();
        assert!(describe(c2, None, Lang::Vi).is_empty());
        assert!(describe(c2, Some(&Answer::YesNo { value: Some(true) }), Lang::Vi).is_empty());
        let counts = Answer::Counts {
            groups: [(
                "members".to_string(),
                CountAnswer {
                    total: Some(1234),
                    ..CountAnswer::default()
                },
            )]
            .into(),
        };
        assert_eq!(describe(c2, Some(&counts), Lang::Vi).len(), 1);
        assert!(describe(c2, Some(&counts), Lang::Vi)[0].ends_with(": 1.234"));
    }

    /// A year rated by its score alone prints the level the score gives; a
    /// year before the scale prints what was entered and no level.
    #[test]
    fn a_score_alone_prints_the_level_it_gives() {
        let registry = Registry::bundled();
        let set = registry
            .latest(crate::domain::criteria::DEFAULT_SET_ID)
            .unwrap();
        let c1 = set.criterion("c1").unwrap();
        let answer: Answer = serde_json::from_str(
            r#"{"kind":"yearly_ratings","years":[{"year":2025,"score_tenths":895},{"year":2024,"score_tenths":920},{"year":2023,"level":"good","score_tenths":950},{"year":2026,"level":"excellent","score_tenths":900}]}"#,
        )
        .unwrap();
        assert_eq!(
            describe(c1, Some(&answer), Lang::Vi),
            [
                "2025: 89,5 điểm → Hoàn thành tốt nhiệm vụ",
                "2024: — Chưa chọn — (92 điểm)",
                "2023: Hoàn thành tốt nhiệm vụ (95 điểm)",
                "2026: Hoàn thành xuất sắc nhiệm vụ (90 điểm)",
            ]
        );
        assert_eq!(
            describe(c1, Some(&answer), Lang::En)[0],
            "2025: 89.5 points → Well fulfilled its tasks"
        );
    }
}
