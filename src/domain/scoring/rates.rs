//! Poor and near-poor household rates against reference (provincial) rates.
//!
//! Rates are kept in basis points (1/100 of a percent), computed from counts
//! with integer arithmetic and rounded half up to two decimals: 12/399 is
//! 3,0075…% and reads "3,01%". The comparison is made on the rounded value,
//! because the reference itself is only known to two decimals, and so that the
//! verdict never contradicts what the secretary reads: a hamlet rate that
//! shows as "2,63%" is not lower than a provincial "2,63%", whatever the third
//! decimal. "Thấp hơn" is strict: equal is not lower.
//!
//! Social-protection households: left in by default (the stricter reading).
//! When the secretary chooses to leave them out, they leave both the count and
//! the total: poor = (12 − 10)/(399 − 10) = 2/389.

use super::counts::checked;
use super::reasons::{bi, missing, more_than, text};
use super::{Outcome, RatesAnswer, ReferenceChoice};
use crate::domain::criteria::{Bilingual, ReferenceRates};
use crate::domain::i18n::{Lang, Text, numfmt, reasons};

/// One rate with what it was computed from, for showing the formula.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// Households counted before leaving out social-protection ones.
    pub count: i64,
    /// Of those, left out.
    pub count_left_out: i64,
    /// All households before leaving out social-protection ones.
    pub total: i64,
    /// Of those, left out.
    pub total_left_out: i64,
}

impl Rate {
    /// The numerator used.
    pub fn numerator(&self) -> i64 {
        self.count - self.count_left_out
    }

    /// The denominator used.
    pub fn denominator(&self) -> i64 {
        self.total - self.total_left_out
    }

    /// The rate in basis points, rounded half up.
    pub fn bp(&self) -> i64 {
        rate_bp(self.numerator(), self.denominator())
    }

    /// "12/399 = 3,01%", or with households left out
    /// "(12 − 10)/(399 − 10) = 2/389 = 0,51%".
    pub fn formula(&self, lang: Lang) -> String {
        let n = |v| numfmt::int(lang, v);
        let pct = numfmt::percent_bp(lang, self.bp());
        if self.total_left_out == 0 {
            format!("{}/{} = {pct}", n(self.count), n(self.total))
        } else {
            format!(
                "({} − {})/({} − {}) = {}/{} = {pct}",
                n(self.count),
                n(self.count_left_out),
                n(self.total),
                n(self.total_left_out),
                n(self.numerator()),
                n(self.denominator())
            )
        }
    }
}

/// `count / total` in basis points, rounded half up; 0 when `total` is 0 (all
/// households left out: nothing is left to be poor). Exact for counts up to
/// [`super::MAX_COUNT`]; saturates rather than overflows beyond.
pub fn rate_bp(count: i64, total: i64) -> i64 {
    if total <= 0 {
        return 0;
    }
    let scaled = i128::from(count) * 20_000 + i128::from(total);
    let bp = scaled.div_euclid(2 * i128::from(total));
    i64::try_from(bp).unwrap_or(i64::MAX)
}

/// A hamlet's rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HouseholdRates {
    pub poor: Rate,
    pub near_poor: Rate,
    /// Poor and near-poor together (what press reports often quote).
    pub combined: Rate,
}

/// The hamlet's rates from the answer, or `None` while a number they need is
/// missing or does not make sense (negative, more than the total).
pub fn household_rates(a: &RatesAnswer) -> Option<HouseholdRates> {
    let households = a.households.filter(|h| *h > 0)?;
    let poor = a.poor.filter(|p| *p >= 0)?;
    let near_poor = a.near_poor.filter(|p| *p >= 0)?;
    if poor.checked_add(near_poor)? > households {
        return None;
    }
    let (poor_out, near_out) = if a.exclude_protected {
        (
            a.poor_protected.filter(|p| (0..=poor).contains(p))?,
            a.near_poor_protected
                .filter(|p| (0..=near_poor).contains(p))?,
        )
    } else {
        (0, 0)
    };
    let total_out = poor_out + near_out;
    let rate = |count, count_left_out| Rate {
        count,
        count_left_out,
        total: households,
        total_left_out: total_out,
    };
    Some(HouseholdRates {
        poor: rate(poor, poor_out),
        near_poor: rate(near_poor, near_out),
        combined: rate(poor + near_poor, total_out),
    })
}

/// The reference a new answer starts with in `current_year`: the latest
/// figures describing a year before it (figures for a year are published after
/// it ends), else the oldest there is.
pub fn default_reference(
    references: &[ReferenceRates],
    current_year: u16,
) -> Option<&ReferenceRates> {
    let year = i64::from(current_year);
    references
        .iter()
        .filter(|r| r.as_of_year().is_some_and(|y| y < year))
        .max_by(|a, b| a.as_of.cmp(&b.as_of))
        .or_else(|| references.iter().min_by(|a, b| a.as_of.cmp(&b.as_of)))
}

impl RatesAnswer {
    /// The reference as a place in a list of `references` followed by her
    /// own figures (`references.len()`); without a choice, the place of the
    /// default for `current_year`. `None`: nothing in the list (no choice and
    /// no default, or a preset the list does not hold).
    pub fn reference_position(
        &self,
        references: &[ReferenceRates],
        current_year: u16,
    ) -> Option<usize> {
        match &self.reference {
            Some(ReferenceChoice::Preset(id)) => references.iter().position(|r| &*r.id == id),
            Some(ReferenceChoice::Custom { .. }) => Some(references.len()),
            None => default_reference(references, current_year)
                .and_then(|d| references.iter().position(|r| r.id == d.id)),
        }
    }

    /// Chooses the reference at `position` in that list (`None`: no choice,
    /// the year's default). Choosing her own figures again keeps the ones she
    /// typed; choosing them first starts from 0.
    pub fn choose_reference(&mut self, references: &[ReferenceRates], position: Option<usize>) {
        self.reference = match position {
            None => None,
            Some(i) if i < references.len() => {
                Some(ReferenceChoice::Preset(references[i].id.to_string()))
            }
            Some(_) => Some(match self.reference.take() {
                Some(custom @ ReferenceChoice::Custom { .. }) => custom,
                _ => ReferenceChoice::Custom {
                    poor_bp: 0,
                    near_poor_bp: 0,
                },
            }),
        };
    }

    /// Writes the default reference of `current_year` into an answer that
    /// chose none: done with her first number, so that the result does not
    /// change when the calendar year does.
    pub fn pin_default_reference(&mut self, references: &[ReferenceRates], current_year: u16) {
        if self.reference.is_none() {
            self.reference = default_reference(references, current_year)
                .map(|r| ReferenceChoice::Preset(r.id.to_string()));
        }
    }

    /// Sets her own poor (`poor`) or near-poor rate, in basis points (`None`
    /// counts as 0); nothing while a preset (or no reference) is chosen.
    pub fn set_own_reference(&mut self, poor: bool, value: Option<i64>) {
        if let Some(ReferenceChoice::Custom {
            poor_bp,
            near_poor_bp,
        }) = &mut self.reference
        {
            *(if poor { poor_bp } else { near_poor_bp }) = value.unwrap_or(0);
        }
    }
}

/// The reference rates used, with how to name them in a reason.
struct Reference {
    poor_bp: i64,
    near_poor_bp: i64,
    /// "Bến Tre, số liệu đến 31/12/2023, theo VietNamNet".
    described: Bilingual,
}

fn labels() -> [Bilingual; 6] {
    [
        Text::ReasonHouseholds,
        Text::PoorHouseholds,
        Text::NearPoorHouseholds,
        Text::ReasonPoorProtected,
        Text::ReasonNearPoorProtected,
        Text::ReasonReferenceRate,
    ]
    .map(text)
}

pub(crate) fn evaluate(
    references: &[ReferenceRates],
    a: &RatesAnswer,
    current_year: u16,
) -> Outcome {
    let mut out = Outcome::default();
    let [l_total, l_poor, l_near, l_poor_sp, l_near_sp, l_ref] = labels();
    let mut bad = false;
    let households = checked(&mut out, &mut bad, &l_total, a.households);
    let poor = checked(&mut out, &mut bad, &l_poor, a.poor);
    let near = checked(&mut out, &mut bad, &l_near, a.near_poor);
    let poor_sp = checked(&mut out, &mut bad, &l_poor_sp, a.poor_protected);
    let near_sp = checked(&mut out, &mut bad, &l_near_sp, a.near_poor_protected);

    if let Some(h) = households {
        if h == 0 {
            out.invalid(super::reasons::below_minimum(&l_total, 0, 1));
        }
        // Each count above the total would be a rate above 100%.
        for (label, v) in [(&l_poor, poor), (&l_near, near)] {
            if let Some(v) = v.filter(|v| *v > h) {
                out.invalid(more_than(label, v, &l_total, h));
            }
        }
        if let (Some(p), Some(n)) = (poor, near)
            && p <= h
            && n <= h
            && p + n > h
        {
            out.invalid(sum_more_than_total(p, n, h));
        }
    }
    for (part_label, part, whole_label, whole) in [
        (&l_poor_sp, poor_sp, &l_poor, poor),
        (&l_near_sp, near_sp, &l_near, near),
    ] {
        if let (Some(p), Some(w)) = (part, whole)
            && p > w
        {
            out.invalid(more_than(part_label, p, whole_label, w));
        }
    }
    let reference = match &a.reference {
        Some(ReferenceChoice::Custom {
            poor_bp,
            near_poor_bp,
        }) => {
            for bp in [*poor_bp, *near_poor_bp] {
                if !(0..=10_000).contains(&bp) {
                    out.invalid(rate_out_of_range(&l_ref, bp));
                }
            }
            Some(Reference {
                poor_bp: *poor_bp,
                near_poor_bp: *near_poor_bp,
                described: text(Text::ReasonCustomRates),
            })
        }
        Some(ReferenceChoice::Preset(id)) => match references.iter().find(|r| &r.id == id) {
            Some(r) => Some(preset(r)),
            None => {
                out.missing(unknown_reference(id));
                None
            }
        },
        None => match default_reference(references, current_year) {
            Some(r) => Some(preset(r)),
            None => {
                out.missing(missing(&l_ref));
                None
            }
        },
    };
    for (label, v) in [
        (&l_total, a.households),
        (&l_poor, a.poor),
        (&l_near, a.near_poor),
    ] {
        if v.is_none() {
            out.missing(missing(label));
        }
    }
    if a.exclude_protected {
        for (label, v) in [
            (&l_poor_sp, a.poor_protected),
            (&l_near_sp, a.near_poor_protected),
        ] {
            if v.is_none() {
                out.missing(missing(label));
            }
        }
    }
    if bad || out.has_invalid() || out.has_missing() {
        return out;
    }
    let (Some(rates), Some(reference)) = (household_rates(a), reference) else {
        return out;
    };

    let choice = protection_choice(
        a.exclude_protected,
        poor_sp.unwrap_or(0) + near_sp.unwrap_or(0),
    );
    let poor_ok = rates.poor.bp() < reference.poor_bp;
    let near_ok = rates.near_poor.bp() < reference.near_poor_bp;
    let poor_line = comparison(
        true,
        &rates.poor,
        reference.poor_bp,
        poor_ok,
        &reference.described,
    );
    let near_line = comparison(
        false,
        &rates.near_poor,
        reference.near_poor_bp,
        near_ok,
        &reference.described,
    );
    for (ok, line) in [(poor_ok, poor_line), (near_ok, near_line)] {
        if ok {
            out.met(line);
        } else {
            out.unmet(line);
        }
    }
    out.met(choice);
    out
}

fn preset(r: &ReferenceRates) -> Reference {
    Reference {
        poor_bp: i64::from(r.poor_bp),
        near_poor_bp: i64::from(r.near_poor_bp),
        described: bi(|l| reasons::reference_described(l, r.region.get(l), &r.as_of, &r.source)),
    }
}

/// "Tỷ lệ hộ nghèo 12/399 = 3,01% không thấp hơn tỷ lệ bình quân chung của
/// tỉnh, 2,63% (…)": the source's words, "thấp hơn tỷ lệ bình quân chung của tỉnh".
fn comparison(
    poor: bool,
    rate: &Rate,
    reference_bp: i64,
    lower: bool,
    described: &Bilingual,
) -> Bilingual {
    bi(|l| {
        reasons::rate_comparison(
            l,
            poor,
            &rate.formula(l),
            reference_bp,
            lower,
            described.get(l),
        )
    })
}

fn protection_choice(excluded: bool, left_out: i64) -> Bilingual {
    if excluded {
        bi(|l| reasons::protected_left_out(l, left_out))
    } else {
        text(Text::ReasonProtectedIncluded)
    }
}

fn sum_more_than_total(poor: i64, near: i64, total: i64) -> Bilingual {
    bi(|l| reasons::poor_and_near_poor_above_total(l, poor, near, total))
}

fn rate_out_of_range(label: &Bilingual, bp: i64) -> Bilingual {
    bi(|l| reasons::rate_out_of_range(l, label.get(l), bp))
}

fn unknown_reference(id: &str) -> Bilingual {
    bi(|l| reasons::unknown_reference(l, id))
}
