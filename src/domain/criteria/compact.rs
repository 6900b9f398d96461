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
use crate::domain::share_link::bits::{BitReader, BitWriter, Malformed, Read};
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
        let mut r = BitReader::new(&bytes);
        let read = |r: &mut BitReader| -> Read<AddedSet> {
            let origin = String::take(r)?;
            let added_on = String::take(r)?;
            let fingerprint = r.bits(32)? as u32;
            let set = CriteriaSet::take(r)?;
            Ok(AddedSet {
                set,
                fingerprint,
                origin,
                added_on,
            })
        };
        let added = read(&mut r).map_err(|_| StoredSetError::Damaged)?;
        r.finish().map_err(|_| StoredSetError::Damaged)?;
        Ok(added)
    }
}

/// A value written to and read from the compact form.
trait Compact: Sized {
    fn put(&self, w: &mut BitWriter);
    fn take(r: &mut BitReader) -> Read<Self>;
}

impl Compact for String {
    fn put(&self, w: &mut BitWriter) {
        text::write(w, self);
    }
    fn take(r: &mut BitReader) -> Read<Self> {
        text::read(r)
    }
}

impl Compact for SetText {
    fn put(&self, w: &mut BitWriter) {
        text::write(w, self);
    }
    fn take(r: &mut BitReader) -> Read<Self> {
        Ok(Cow::Owned(text::read(r)?))
    }
}

impl Compact for u32 {
    fn put(&self, w: &mut BitWriter) {
        w.varint(u64::from(*self));
    }
    fn take(r: &mut BitReader) -> Read<Self> {
        u32::try_from(r.varint()?).map_err(|_| Malformed)
    }
}

impl Compact for u16 {
    fn put(&self, w: &mut BitWriter) {
        w.varint(u64::from(*self));
    }
    fn take(r: &mut BitReader) -> Read<Self> {
        u16::try_from(r.varint()?).map_err(|_| Malformed)
    }
}

impl Compact for bool {
    fn put(&self, w: &mut BitWriter) {
        w.flag(*self);
    }
    fn take(r: &mut BitReader) -> Read<Self> {
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
    fn take(r: &mut BitReader) -> Read<Self> {
        if r.flag()? {
            Ok(Some(T::take(r)?))
        } else {
            Ok(None)
        }
    }
}

impl<T: Compact + Clone> Compact for SetList<T> {
    fn put(&self, w: &mut BitWriter) {
        w.count(self.len());
        for item in self.iter() {
            item.put(w);
        }
    }
    fn take(r: &mut BitReader) -> Read<Self> {
        // Every item takes at least one bit.
        let n = r.count(1)?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::take(r)?);
        }
        Ok(Cow::Owned(items))
    }
}

/// Writes and reads a type's fields in order.
macro_rules! compact_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Compact for $ty {
            fn put(&self, w: &mut BitWriter) {
                $(self.$field.put(w);)*
            }
            fn take(r: &mut BitReader) -> Read<Self> {
                Ok($ty { $($field: Compact::take(r)?),* })
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
            fn take(r: &mut BitReader) -> Read<Self> {
                let all = [$($ty::$variant),*];
                let index = usize::try_from(r.varint()?).map_err(|_| Malformed)?;
                all.get(index).copied().ok_or(Malformed)
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

    fn take(r: &mut BitReader) -> Read<Self> {
        let kind = usize::try_from(r.varint()?).map_err(|_| Malformed)?;
        Ok(match Input::KINDS.get(kind).copied().ok_or(Malformed)? {
            "yes_no" => Input::YesNo,
            "counts" => Input::Counts {
                rule: Compact::take(r)?,
                groups: Compact::take(r)?,
            },
            "named_items" => Input::NamedItems {
                min: Compact::take(r)?,
                unit: Compact::take(r)?,
            },
            "household_rates" => Input::HouseholdRates {
                references: Compact::take(r)?,
            },
            "yearly_ratings" => Input::YearlyRatings {
                level: Compact::take(r)?,
                consecutive: Compact::take(r)?,
                score_scales: Compact::take(r)?,
            },
            "checklist" => Input::Checklist {
                parts: Compact::take(r)?,
            },
            _ => Input::Organisations {
                organisations: Compact::take(r)?,
            },
        })
    }
}
