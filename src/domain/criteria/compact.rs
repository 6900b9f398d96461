//! A criteria set in the compact form a phone keeps it in, and the set as the
//! phone keeps it: an added set ([`AddedSet`]: the set, its fingerprint, where
//! it came from, the day it was added) sealed as one text for localStorage.
//!
//! Why not the JSON the set was published as: reading a set's JSON takes
//! serde's derived readers for every type of the model, about 17 KB gzip of
//! wasm in each page (measured), while the app reads sets it has already
//! checked. So the sets page checks a published file with every rule
//! (`check`), and stores it in this form; the pages read it back with the
//! bit reader and text coding the result link already carries
//! (`share_link::bits`, `share_link::text`), inside the link's envelope
//! (format byte, length, CRC-32, base64url), so that a cut or changed stored
//! text is caught before anything is read.
//!
//! Layout (format 1, one bit stream): the origin (`text`), the day added
//! (`text`), the fingerprint (32 bits), then the set field by field in the
//! model's order: texts as `text`, numbers as `varint`, an optional value as
//! a `flag` then the value, a list as a `count` then its items, an input kind
//! as its index in [`Input::KINDS`] then its fields.

use super::{
    Bilingual, ChecklistPart, CountGroup, CountRule, CriteriaSet, Criterion, Difficulty, Effective,
    Input, Organisation, RatingLevel, ReferenceRates, ScoreScale, SetList, SetText, Source,
};
use crate::domain::share_link::bits::{BitReader, BitWriter};
use crate::domain::share_link::{envelope, text};
use std::borrow::Cow;

/// The layout version of a stored set (the envelope's format byte).
pub const COMPACT_FORMAT: u8 = 1;

/// A set added on this phone, as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddedSet {
    pub set: CriteriaSet,
    /// The set's fingerprint ([`super::fingerprint`]), taken when it was checked.
    pub fingerprint: u32,
    /// Where it came from: the published file's address, or "tệp <name>".
    pub origin: String,
    /// The day it was added, `YYYY-MM-DD`.
    pub added_on: String,
}

/// Why a stored set could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredSetError {
    /// Cut, changed or not a stored set at all.
    Damaged,
    /// Written by a newer app, in a layout this one does not know.
    NewerFormat,
}

impl AddedSet {
    /// The text kept in storage.
    pub fn seal(&self) -> String {
        let mut w = BitWriter::default();
        self.origin.put(&mut w);
        self.added_on.put(&mut w);
        w.bits(u64::from(self.fingerprint), 32);
        self.set.put(&mut w);
        envelope::seal(COMPACT_FORMAT, &w.finish())
    }

    /// Reads what [`AddedSet::seal`] wrote.
    pub fn open(stored: &str) -> Result<AddedSet, StoredSetError> {
        let (format, bytes) = envelope::open(stored.trim()).map_err(|_| StoredSetError::Damaged)?;
        if format != COMPACT_FORMAT {
            return Err(if format > COMPACT_FORMAT {
                StoredSetError::NewerFormat
            } else {
                StoredSetError::Damaged
            });
        }
        let mut r = Reader {
            bits: BitReader::new(&bytes),
            failed: false,
        };
        let origin = String::take(&mut r);
        let added_on = String::take(&mut r);
        let fingerprint = r.number(32) as u32;
        let set = CriteriaSet::take(&mut r);
        if r.failed || r.bits.finish().is_err() {
            return Err(StoredSetError::Damaged);
        }
        Ok(AddedSet {
            set,
            fingerprint,
            origin,
            added_on,
        })
    }
}

/// The bit reader with a sticky failure: past the end or on a bad code it
/// reads zeros and empty texts and remembers that it failed, so that reading
/// is one straight run, with no early return (and none of the code that
/// would free half-read values on each), checked once at the end.
struct Reader<'a> {
    bits: BitReader<'a>,
    failed: bool,
}

impl Reader<'_> {
    fn ok<T: Default>(&mut self, read: Result<T, crate::domain::share_link::bits::Malformed>) -> T {
        read.unwrap_or_else(|_| {
            self.failed = true;
            T::default()
        })
    }

    fn number(&mut self, n: u32) -> u64 {
        let read = self.bits.bits(n);
        self.ok(read)
    }

    fn varint(&mut self) -> u64 {
        let read = self.bits.varint();
        self.ok(read)
    }

    fn flag(&mut self) -> bool {
        let read = self.bits.flag();
        self.ok(read)
    }

    /// A count of items that take at least one bit each.
    fn count(&mut self) -> usize {
        let read = self.bits.count(1);
        self.ok(read)
    }

    fn text(&mut self) -> String {
        if self.failed {
            return String::new();
        }
        let read = text::read(&mut self.bits);
        self.ok(read)
    }

    /// An index among `n` choices (0 when out of range, and failed).
    fn choice(&mut self, n: usize) -> usize {
        let i = self.varint();
        if i >= n as u64 {
            self.failed = true;
            return 0;
        }
        i as usize
    }
}

/// A value written to and read from the compact form.
trait Compact: Sized {
    fn put(&self, w: &mut BitWriter);
    fn take(r: &mut Reader) -> Self;
}

impl Compact for String {
    fn put(&self, w: &mut BitWriter) {
        text::write(w, self);
    }
    fn take(r: &mut Reader) -> Self {
        r.text()
    }
}

impl Compact for SetText {
    fn put(&self, w: &mut BitWriter) {
        text::write(w, self);
    }
    fn take(r: &mut Reader) -> Self {
        Cow::Owned(r.text())
    }
}

impl Compact for u32 {
    fn put(&self, w: &mut BitWriter) {
        w.varint(u64::from(*self));
    }
    fn take(r: &mut Reader) -> Self {
        let v = r.varint();
        u32::try_from(v).unwrap_or_else(|_| {
            r.failed = true;
            0
        })
    }
}

impl Compact for u16 {
    fn put(&self, w: &mut BitWriter) {
        w.varint(u64::from(*self));
    }
    fn take(r: &mut Reader) -> Self {
        let v = r.varint();
        u16::try_from(v).unwrap_or_else(|_| {
            r.failed = true;
            0
        })
    }
}

impl Compact for bool {
    fn put(&self, w: &mut BitWriter) {
        w.flag(*self);
    }
    fn take(r: &mut Reader) -> Self {
        r.flag()
    }
}

impl<T: Compact> Compact for Option<T> {
    fn put(&self, w: &mut BitWriter) {
        w.flag(self.is_some());
        if let Some(v) = self {
            v.put(w);
        }
    }
    fn take(r: &mut Reader) -> Self {
        r.flag().then(|| T::take(r))
    }
}

impl<T: Compact + Clone> Compact for SetList<T> {
    fn put(&self, w: &mut BitWriter) {
        w.count(self.len());
        for item in self.iter() {
            item.put(w);
        }
    }
    fn take(r: &mut Reader) -> Self {
        let n = r.count();
        Cow::Owned((0..n).map(|_| T::take(r)).collect())
    }
}

/// Writes and reads a type's fields in order.
macro_rules! compact_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Compact for $ty {
            fn put(&self, w: &mut BitWriter) {
                $(self.$field.put(w);)*
            }
            fn take(r: &mut Reader) -> Self {
                $ty { $($field: Compact::take(r)),* }
            }
        }
    };
}

/// Writes and reads a fieldless enum as its index among `$all`.
macro_rules! compact_choice {
    ($ty:ident [$($variant:ident),* $(,)?]) => {
        impl Compact for $ty {
            fn put(&self, w: &mut BitWriter) {
                let all = [$($ty::$variant),*];
                let index = all.iter().position(|v| v == self).unwrap_or_default();
                w.varint(index as u64);
            }
            fn take(r: &mut Reader) -> Self {
                let all = [$($ty::$variant),*];
                all[r.choice(all.len())]
            }
        }
    };
}

compact_struct!(Bilingual { vi, en });
compact_struct!(CriteriaSet {
    format,
    id,
    version,
    title,
    description,
    issuer,
    provinces,
    source,
    effective,
    criteria,
});
compact_struct!(Source {
    document,
    published_in,
    date,
    url,
    note
});
compact_struct!(Effective { from, until, note });
compact_struct!(Criterion {
    id,
    title,
    source_text,
    question,
    help,
    reading,
    evidence,
    actions,
    difficulty,
    input,
});
compact_struct!(CountGroup {
    id,
    total_label,
    counted_label,
    exempt_label,
    min_total,
    met,
    unmet,
});
compact_struct!(ReferenceRates {
    id,
    region,
    as_of,
    poor_bp,
    near_poor_bp,
    source,
    published,
    note,
});
compact_struct!(ChecklistPart {
    id,
    source_text,
    label
});
compact_struct!(Organisation { id, name, required });
compact_struct!(ScoreScale {
    from_year,
    source,
    excellent_tenths,
    good_tenths,
    completed_tenths,
});
compact_choice!(Difficulty[Easy, Medium, Hard]);
compact_choice!(CountRule[All, None]);
compact_choice!(RatingLevel[Excellent, Good, Completed, NotCompleted]);

impl Compact for Input {
    fn put(&self, w: &mut BitWriter) {
        let kind = Input::KINDS
            .iter()
            .position(|k| *k == self.kind_name())
            .unwrap_or_default();
        w.varint(kind as u64);
        match self {
            Input::YesNo => {}
            Input::Counts { rule, groups } => {
                rule.put(w);
                groups.put(w);
            }
            Input::NamedItems { min, unit } => {
                min.put(w);
                unit.put(w);
            }
            Input::HouseholdRates { references } => references.put(w),
            Input::YearlyRatings {
                level,
                consecutive,
                score_scales,
            } => {
                level.put(w);
                consecutive.put(w);
                score_scales.put(w);
            }
            Input::Checklist { parts } => parts.put(w),
            Input::Organisations { organisations } => organisations.put(w),
        }
    }

    fn take(r: &mut Reader) -> Self {
        match Input::KINDS[r.choice(Input::KINDS.len())] {
            "yes_no" => Input::YesNo,
            "counts" => Input::Counts {
                rule: Compact::take(r),
                groups: Compact::take(r),
            },
            "named_items" => Input::NamedItems {
                min: Compact::take(r),
                unit: Compact::take(r),
            },
            "household_rates" => Input::HouseholdRates {
                references: Compact::take(r),
            },
            "yearly_ratings" => Input::YearlyRatings {
                level: Compact::take(r),
                consecutive: Compact::take(r),
                score_scales: Compact::take(r),
            },
            "checklist" => Input::Checklist {
                parts: Compact::take(r),
            },
            _ => Input::Organisations {
                organisations: Compact::take(r),
            },
        }
    }
}
