//! The reasons of a verdict, in both languages. Scoring writes both languages
//! at once so that a stored or shared result reads the same in either, without
//! the criteria set at hand. The words are the catalogue's
//! (`crate::domain::i18n::reasons` and `Text::Reason…`); this module only
//! hands them the criterion's labels and numbers.
//!
//! Sentences that depend on a criterion's own words (a count group's "met" and
//! "unmet") are templates in the data file, filled by [`fill`].

use crate::domain::criteria::Bilingual;
use crate::domain::i18n::{Lang, Text, numfmt, reasons};

/// Builds a [`Bilingual`] by writing the same sentence in each language.
pub(crate) fn bi(write: impl Fn(Lang) -> String) -> Bilingual {
    Bilingual {
        vi: write(Lang::Vi).into(),
        en: write(Lang::En).into(),
    }
}

/// Fills `{name}` placeholders of a template with numbers written in `lang`.
/// An unknown placeholder is left as it is (validation forbids it in data).
pub(crate) fn fill(template: &str, lang: Lang, values: &[(&str, i64)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &numfmt::int(lang, *value));
    }
    out
}

/// A fixed reason of the catalogue, in both languages.
pub(crate) fn text(text: Text) -> Bilingual {
    Bilingual::new(text.get(Lang::Vi), text.get(Lang::En))
}

pub(crate) fn not_answered() -> Bilingual {
    text(Text::ReasonNotAnswered)
}

pub(crate) fn wrong_shape() -> Bilingual {
    text(Text::ReasonWrongShape)
}

pub(crate) fn missing(label: &Bilingual) -> Bilingual {
    bi(|l| reasons::missing(l, label.get(l)))
}

pub(crate) fn negative(label: &Bilingual, n: i64) -> Bilingual {
    bi(|l| reasons::negative(l, label.get(l), n))
}

pub(crate) fn too_large(label: &Bilingual, n: i64, max: i64) -> Bilingual {
    bi(|l| reasons::too_large(l, label.get(l), n, max))
}

pub(crate) fn below_minimum(label: &Bilingual, n: i64, min: i64) -> Bilingual {
    bi(|l| reasons::below_minimum(l, label.get(l), n, min))
}

/// `part` (a number that belongs to `whole`) is larger than it.
pub(crate) fn more_than(
    part_label: &Bilingual,
    part: i64,
    whole_label: &Bilingual,
    whole: i64,
) -> Bilingual {
    bi(|l| reasons::more_than(l, part_label.get(l), part, whole_label.get(l), whole))
}

pub(crate) fn yes_no(value: bool) -> Bilingual {
    text(if value {
        Text::ReasonAnswerYes
    } else {
        Text::ReasonAnswerNo
    })
}

pub(crate) fn items_met(count: i64, min: i64, unit: &Bilingual, names: &[&str]) -> Bilingual {
    let list = names.join("; ");
    bi(|l| reasons::items_met(l, count, min, unit.get(l), &list))
}

pub(crate) fn items_unmet(count: i64, min: i64, unit: &Bilingual) -> Bilingual {
    bi(|l| reasons::items_unmet(l, count, min, unit.get(l)))
}

pub(crate) fn parts_met(n: i64) -> Bilingual {
    bi(|l| reasons::parts_met(l, n))
}

pub(crate) fn part_met(label: &Bilingual) -> Bilingual {
    bi(|l| reasons::part_met(l, label.get(l)))
}

pub(crate) fn part_unmet(label: &Bilingual) -> Bilingual {
    bi(|l| reasons::part_unmet(l, label.get(l)))
}

pub(crate) fn part_missing(label: &Bilingual) -> Bilingual {
    bi(|l| reasons::part_missing(l, label.get(l)))
}

/// `passed` of the `assessed` organisations pass both checks.
pub(crate) fn orgs_passed(passed: i64, assessed: i64) -> Bilingual {
    bi(|l| reasons::orgs_passed(l, passed, assessed))
}

pub(crate) fn org_not_staffed(name: &Bilingual) -> Bilingual {
    bi(|l| reasons::org_not_staffed(l, name.get(l)))
}

pub(crate) fn org_not_meeting(name: &Bilingual) -> Bilingual {
    bi(|l| reasons::org_not_meeting(l, name.get(l)))
}

pub(crate) fn org_missing(name: &Bilingual) -> Bilingual {
    bi(|l| reasons::org_missing(l, name.get(l)))
}

pub(crate) fn org_required(name: &Bilingual) -> Bilingual {
    bi(|l| reasons::org_required(l, name.get(l)))
}

pub(crate) fn orgs_none() -> Bilingual {
    text(Text::ReasonNoOrganisation)
}
