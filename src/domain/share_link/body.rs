//! The body of a link, laid out by the criteria set the answers were made
//! for: the decoder walks the same set version, so criterion, group, part and
//! organisation ids never travel.
//!
//! Every new link is format 4: the set named by id, version and fingerprint,
//! two flags saying which optional sections follow, then the common part
//! (options, date, profile, answers, notes), then the texts typed in number
//! fields that are not values and what the cell's record says, each only when
//! the result holds it. Formats 1 to 3, written by earlier releases, name the
//! set by a 16-bit tag and read the same common part; format 2 always has the
//! typed texts' section, format 3 that and the record's. Bit by bit in
//! `docs/share-link.md`.

use super::bits::{BitReader, BitWriter, Malformed, Read};
use super::error::{LongPart, LongText};
use super::{
    AppraisalOutcome, Decoded, EncodeError, LinkError, MAX_PAYLOAD_CHARS, RecordStatus, SetRef,
    ShareDate, ShareOptions, SharedResult, placeholder_name, set_tag, text,
};
use crate::domain::criteria::{CriteriaSet, Input, RatingLevel, Registry};
use crate::domain::profile::{CellProfile, TextField};
use crate::domain::scoring::{
    Answer, Answers, CountAnswer, OrgAnswer, OtherOrg, RatesAnswer, ReferenceChoice, YearRating,
};
use crate::domain::short_sort;
use crate::domain::vec_map::VecMap;

/// Years are written as their distance from this one (zig-zag).
const BASE_YEAR: i64 = 2020;
/// The cell's name is often the hamlet's, after this: then only a flag is sent.
const CELL_PREFIX: &str = "Chi bộ ";

/// What the link keeps of `result` (see [`super::encode`]).
pub(crate) fn canonical(
    result: &SharedResult,
    set: &CriteriaSet,
    options: ShareOptions,
) -> SharedResult {
    let mut answers = Answers::new(set.id.clone(), set.version);
    for criterion in set.criteria.iter() {
        if let Some(a) = result.answers.answers.get(&*criterion.id)
            && let Some(kept) = keep(&criterion.input, a, options)
        {
            answers.answers.insert(criterion.id.to_string(), kept);
        }
    }
    let notes = if options.include_notes {
        only(&result.notes, set.criteria.iter().map(|c| &*c.id))
    } else {
        VecMap::new()
    };
    for (id, texts) in only(&result.answers.typed, set.criteria.iter().map(|c| &*c.id)) {
        if !texts.is_empty() {
            answers.typed.insert(id, texts);
        }
    }
    SharedResult {
        profile: result.profile.clone(),
        answers,
        notes,
        assessed_on: result.assessed_on,
        record: result.record.clone(),
    }
}

/// The part of an answer the link keeps; `None` when its kind is not the criterion's.
fn keep(input: &Input, answer: &Answer, options: ShareOptions) -> Option<Answer> {
    Some(match (input, answer) {
        (Input::YesNo, Answer::YesNo { .. })
        | (Input::HouseholdRates { .. }, Answer::HouseholdRates(_))
        | (Input::YearlyRatings { .. }, Answer::YearlyRatings { .. }) => answer.clone(),
        (Input::Counts { groups: ids, .. }, Answer::Counts { groups }) => Answer::Counts {
            groups: only(groups, ids.iter().map(|g| &*g.id)),
        },
        (Input::Checklist { parts: ids }, Answer::Checklist { parts }) => Answer::Checklist {
            parts: only(parts, ids.iter().map(|p| &*p.id)),
        },
        (Input::NamedItems { .. }, Answer::NamedItems { items }) => Answer::NamedItems {
            items: if options.include_item_names {
                items.clone()
            } else {
                let n = items.iter().filter(|s| !s.trim().is_empty()).count();
                (1..=n).map(placeholder_name).collect()
            },
        },
        (Input::Organisations { organisations }, Answer::Organisations { rows, others }) => {
            Answer::Organisations {
                rows: only(rows, organisations.iter().map(|o| &*o.id)),
                others: if options.include_item_names {
                    others.clone()
                } else {
                    others
                        .iter()
                        .filter(|o| !o.name.trim().is_empty())
                        .enumerate()
                        .map(|(i, o)| OtherOrg {
                            name: placeholder_name(i + 1),
                            ..o.clone()
                        })
                        .collect()
                },
            }
        }
        _ => return None,
    })
}

/// The entries of `map` under `ids`.
fn only<'a, V: Clone>(
    map: &VecMap<String, V>,
    ids: impl Iterator<Item = &'a str>,
) -> VecMap<String, V> {
    let mut out = VecMap::new();
    for (k, v) in ids.filter_map(|id| map.get_key_value(id)) {
        out.insert(k.clone(), v.clone());
    }
    out
}

// --- Writing -----------------------------------------------------------------

/// The longest texts of `result` as the link would carry them, longest (in
/// the link) first: as many as it takes to save `excess` characters, at most
/// three. Each with its length as typed.
pub(crate) fn long_parts(
    result: &SharedResult,
    set: &CriteriaSet,
    options: ShareOptions,
    excess: usize,
) -> Vec<LongText> {
    let result = canonical(result, set, options);
    // Characters of the link a text takes (six bits a character).
    let link_chars = |texts: &[&str]| {
        let mut w = BitWriter::default();
        for t in texts {
            text::write(&mut w, t);
        }
        w.bit_len().div_ceil(6)
    };
    let typed_chars = |texts: &[&str]| texts.iter().map(|t| t.chars().count()).sum::<usize>();
    // (part, characters in the link, characters as typed)
    let mut parts: Vec<(LongPart, usize, usize)> = Vec::new();
    let p = &result.profile;
    for (field, value) in [
        (TextField::CellName, &p.cell_name),
        (TextField::Hamlet, &p.hamlet),
        (TextField::Commune, &p.commune),
        (TextField::Province, &p.province),
        (TextField::Assessor, &p.assessor),
    ] {
        parts.push((
            LongPart::Profile(field),
            link_chars(&[value]),
            typed_chars(&[value]),
        ));
    }
    for (i, criterion) in set.criteria.iter().enumerate() {
        let number = i + 1;
        if let Some(note) = result.notes.get(&*criterion.id) {
            parts.push((
                LongPart::Note(number),
                link_chars(&[note]),
                typed_chars(&[note]),
            ));
        }
        let names: Vec<&str> = match result.answers.answers.get(&*criterion.id) {
            Some(Answer::NamedItems { items }) if options.include_item_names => {
                items.iter().map(String::as_str).collect()
            }
            Some(Answer::Organisations { others, .. }) if options.include_item_names => {
                others.iter().map(|o| o.name.as_str()).collect()
            }
            _ => Vec::new(),
        };
        if !names.is_empty() {
            parts.push((
                LongPart::Names(number),
                link_chars(&names),
                typed_chars(&names),
            ));
        }
        if let Some(typed) = result.answers.typed.get(&*criterion.id) {
            let texts: Vec<&str> = typed
                .iter()
                .flat_map(|(k, v)| [k.as_str(), v.as_str()])
                .collect();
            let values: Vec<&str> = typed.values().map(String::as_str).collect();
            parts.push((
                LongPart::Typed(number),
                link_chars(&texts),
                typed_chars(&values),
            ));
        }
    }
    if let Some(appraisal) = result.record.as_ref().and_then(|r| r.appraisal.as_ref()) {
        let number = appraisal.decision_number.as_str();
        parts.push((
            LongPart::DecisionNumber,
            link_chars(&[number]),
            typed_chars(&[number]),
        ));
    }
    short_sort::by_key(&mut parts, |p| std::cmp::Reverse(p.1));
    let mut saved = 0;
    let mut out = Vec::new();
    for (part, in_link, chars) in parts {
        if saved >= excess || out.len() == 3 || in_link == 0 {
            break;
        }
        saved += in_link;
        out.push(LongText { part, chars });
    }
    out
}

/// Whether a result holds texts typed in number fields that are not values
/// (the typed texts' section is then written).
fn has_typed(result: &SharedResult) -> bool {
    result.profile.year_typed.is_some() || !result.answers.typed.is_empty()
}

/// The body of `result` in format 4, naming `set` with its `fingerprint`.
pub(crate) fn write(
    result: &SharedResult,
    set: &CriteriaSet,
    fingerprint: u32,
    options: ShareOptions,
) -> Result<Vec<u8>, EncodeError> {
    let result = canonical(result, set, options);
    let typed = has_typed(&result);
    let mut w = BitWriter::default();
    text::write(&mut w, &set.id);
    w.varint(u64::from(set.version));
    w.bits(u64::from(fingerprint), 32);
    w.flag(typed);
    w.flag(result.record.is_some());
    w.flag(options.include_notes);
    w.flag(options.include_item_names);
    write_date(&mut w, result.assessed_on);
    write_profile(&mut w, &result.profile);
    for criterion in set.criteria.iter() {
        let answer = result.answers.answers.get(&*criterion.id);
        w.flag(answer.is_some());
        if let Some(answer) = answer {
            write_answer(&mut w, &criterion.input, answer, options)?;
        }
    }
    if options.include_notes {
        for criterion in set.criteria.iter() {
            let note = result.notes.get(&*criterion.id);
            w.flag(note.is_some());
            if let Some(note) = note {
                text::write(&mut w, note);
            }
        }
    }
    if typed {
        write_typed(&mut w, &result, set);
    }
    if let Some(record) = &result.record {
        write_record(&mut w, record);
    }
    Ok(w.finish())
}

/// The record's section (format 3, and format 4 when flagged): the year
/// registered, then the latest appraisal.
fn write_record(w: &mut BitWriter, record: &RecordStatus) {
    w.flag(record.registered_year.is_some());
    if let Some(year) = record.registered_year {
        w.signed(i64::from(year) - BASE_YEAR);
    }
    w.flag(record.appraisal.is_some());
    if let Some(a) = &record.appraisal {
        write_day(w, a.appraised_on);
        w.flag(a.recognised);
        text::write(w, &a.decision_number);
        write_date(w, a.decision_date);
    }
}

/// The typed texts' section (formats 2 and 3, and format 4 when flagged): the
/// profile's year as typed, then for each criterion of the set its typed
/// texts (field key and text).
fn write_typed(w: &mut BitWriter, result: &SharedResult, set: &CriteriaSet) {
    let year = result.profile.year_typed.as_deref();
    w.flag(year.is_some());
    if let Some(year) = year {
        text::write(w, year);
    }
    for criterion in set.criteria.iter() {
        let texts = result.answers.typed.get(&*criterion.id);
        w.flag(texts.is_some());
        if let Some(texts) = texts {
            w.count(texts.len());
            for (key, typed) in texts {
                text::write(w, key);
                text::write(w, typed);
            }
        }
    }
}

fn write_date(w: &mut BitWriter, date: Option<ShareDate>) {
    w.flag(date.is_some());
    if let Some(d) = date {
        write_day(w, d);
    }
}

/// A date: year as `signed` (year − 2020), month in 4 bits, day in 5.
fn write_day(w: &mut BitWriter, d: ShareDate) {
    w.signed(i64::from(d.year()) - BASE_YEAR);
    w.bits(u64::from(d.month()), 4);
    w.bits(u64::from(d.day()), 5);
}

fn write_profile(w: &mut BitWriter, p: &CellProfile) {
    w.flag(p.year.is_some());
    if let Some(year) = p.year {
        w.signed(i64::from(year) - BASE_YEAR);
    }
    w.tri(p.commune_recognised);
    let derived = p.cell_name.strip_prefix(CELL_PREFIX) == Some(p.hamlet.as_str());
    w.flag(derived);
    if !derived {
        text::write(w, &p.cell_name);
    }
    for t in [&p.hamlet, &p.commune, &p.province, &p.assessor] {
        text::write(w, t);
    }
}

/// `answer` is already of the criterion's kind (see [`canonical`]).
fn write_answer(
    w: &mut BitWriter,
    input: &Input,
    answer: &Answer,
    options: ShareOptions,
) -> Result<(), EncodeError> {
    match (input, answer) {
        (Input::YesNo, Answer::YesNo { value }) => w.tri(*value),
        (Input::Counts { groups: ids, .. }, Answer::Counts { groups }) => {
            for id in ids.iter() {
                let row = groups.get(&*id.id);
                w.flag(row.is_some());
                if let Some(row) = row {
                    w.opt_signed(row.total);
                    w.opt_signed(row.counted);
                    w.opt_signed(row.exempt);
                }
            }
        }
        (Input::NamedItems { .. }, Answer::NamedItems { items }) => {
            if !options.include_item_names && items.len() > MAX_PAYLOAD_CHARS {
                // Each placeholder takes no bit: bound them like the payload.
                return Err(EncodeError::TooLong {
                    chars: items.len(),
                    max: MAX_PAYLOAD_CHARS,
                    parts: Vec::new(),
                });
            }
            w.count(items.len());
            if options.include_item_names {
                for item in items {
                    text::write(w, item);
                }
            }
        }
        (Input::HouseholdRates { references }, Answer::HouseholdRates(a)) => {
            w.opt_signed(a.households);
            w.opt_signed(a.poor);
            w.opt_signed(a.near_poor);
            w.opt_signed(a.poor_protected);
            w.opt_signed(a.near_poor_protected);
            w.flag(a.exclude_protected);
            match &a.reference {
                None => w.bits(0, 2),
                Some(ReferenceChoice::Preset(id)) => {
                    match references.iter().position(|r| &r.id == id) {
                        Some(i) => {
                            w.bits(1, 2);
                            w.count(i);
                        }
                        None => {
                            w.bits(3, 2);
                            text::write(w, id);
                        }
                    }
                }
                Some(ReferenceChoice::Custom {
                    poor_bp,
                    near_poor_bp,
                }) => {
                    w.bits(2, 2);
                    w.signed(*poor_bp);
                    w.signed(*near_poor_bp);
                }
            }
        }
        (Input::YearlyRatings { .. }, Answer::YearlyRatings { years }) => {
            w.count(years.len());
            let mut previous = BASE_YEAR;
            for y in years {
                w.signed(y.year.wrapping_sub(previous));
                previous = y.year;
                let level = y
                    .level
                    .and_then(|l| RatingLevel::ALL.iter().position(|&a| a == l))
                    .map_or(0, |i| i as u64 + 1);
                w.bits(level, 3);
                w.opt_signed(y.score_tenths);
            }
        }
        (Input::Checklist { parts: ids }, Answer::Checklist { parts }) => {
            for id in ids.iter() {
                w.tri(parts.get(&*id.id).copied());
            }
        }
        (Input::Organisations { organisations }, Answer::Organisations { rows, others }) => {
            for org in organisations.iter() {
                let row = rows.get(&*org.id);
                w.flag(row.is_some());
                if let Some(row) = row {
                    w.flag(row.absent);
                    w.tri(row.staffed);
                    w.tri(row.meets);
                }
            }
            w.count(others.len());
            for other in others {
                if options.include_item_names {
                    text::write(w, &other.name);
                }
                w.tri(other.staffed);
                w.tri(other.meets);
            }
        }
        // `canonical` keeps only answers of the criterion's kind.
        _ => {}
    }
    Ok(())
}

// --- Reading -----------------------------------------------------------------

/// Reads the body of a link of `format` (1 to 4).
pub(crate) fn read(bytes: Vec<u8>, format: u8, registry: &Registry) -> Result<Decoded, LinkError> {
    let mut r = BitReader::new(&bytes);
    let (set, fingerprint, typed, record) = if format >= 4 {
        let (named, typed, record) = (|| {
            let id = text::read(&mut r)?;
            let version = u32::try_from(r.varint()?).map_err(|_| Malformed)?;
            let fingerprint = r.bits(32)? as u32;
            let named = SetRef {
                id,
                version,
                fingerprint,
            };
            Ok::<_, Malformed>((named, r.flag()?, r.flag()?))
        })()
        .map_err(|_| LinkError::Malformed)?;
        let set = named_set(registry, &named)?;
        (set, named.fingerprint, typed, record)
    } else {
        let (tag, version) = (|| Ok::<_, Malformed>((r.bits(16)? as u16, r.varint()?)))()
            .map_err(|_| LinkError::Malformed)?;
        let set = tagged_set(registry, tag, version)?;
        let fingerprint = registry.fingerprint(&set.id, set.version).unwrap_or(0);
        (set, fingerprint, format >= 2, format >= 3)
    };
    read_rest(&mut r, set, fingerprint)
        .and_then(|mut decoded| {
            if typed {
                let any = read_typed(&mut r, set, &mut decoded.result)?;
                // Format 4 flags the section only when it holds something.
                if format >= 4 && !any {
                    return Err(Malformed);
                }
            }
            if record {
                decoded.result.record = Some(read_record(&mut r)?);
            }
            Ok(decoded)
        })
        .and_then(|decoded| r.finish().map(|()| decoded))
        .map_err(|_| LinkError::Malformed)
}

/// Reads the typed texts' section into `result`; whether it held any.
fn read_typed(r: &mut BitReader, set: &CriteriaSet, result: &mut SharedResult) -> Read<bool> {
    let mut any = false;
    if r.flag()? {
        result.profile.year_typed = Some(text::read(r)?);
        result.profile.year = None;
        any = true;
    }
    for criterion in set.criteria.iter() {
        if r.flag()? {
            let n = r.count(2 * text::MIN_BITS)?;
            let mut texts = crate::domain::scoring::FieldTexts::new();
            for _ in 0..n {
                let key = text::read(r)?;
                texts.insert(key, text::read(r)?);
            }
            // Written only for criteria that have some.
            if texts.is_empty() {
                return Err(Malformed);
            }
            result.answers.typed.insert(criterion.id.to_string(), texts);
            any = true;
        }
    }
    Ok(any)
}

fn read_record(r: &mut BitReader) -> Read<RecordStatus> {
    let registered_year = if r.flag()? {
        let y = r.signed()?.checked_add(BASE_YEAR).ok_or(Malformed)?;
        Some(u16::try_from(y).map_err(|_| Malformed)?)
    } else {
        None
    };
    let appraisal = if r.flag()? {
        Some(AppraisalOutcome {
            appraised_on: read_day(r)?,
            recognised: r.flag()?,
            decision_number: text::read(r)?,
            decision_date: read_date(r)?,
        })
    } else {
        None
    };
    Ok(RecordStatus {
        registered_year,
        appraisal,
    })
}

/// The set a link of format 4 names, when this phone has it with the same content.
fn named_set<'a>(registry: &'a Registry, named: &SetRef) -> Result<&'a CriteriaSet, LinkError> {
    let (id, version) = (named.id.as_str(), named.version);
    match (registry.get(id, version), registry.fingerprint(id, version)) {
        (Some(set), Some(here)) if here == named.fingerprint => Ok(set),
        (Some(_), Some(here)) => Err(LinkError::SetChanged {
            id: named.id.clone(),
            version,
            link_fingerprint: named.fingerprint,
            here_fingerprint: here,
        }),
        _ => Err(LinkError::UnknownSet {
            tag: set_tag(id),
            set: Some(named.clone()),
        }),
    }
}

/// The set a link of formats 1 to 3 names by tag and version. Those formats
/// were written before sets could be added on a phone, so only the bundled
/// sets are looked at: an added set whose id shares a tag is never taken.
fn tagged_set(registry: &Registry, tag: u16, version: u64) -> Result<&CriteriaSet, LinkError> {
    let bundled = || {
        registry
            .sets()
            .iter()
            .filter(|s| registry.is_bundled(&s.id, s.version))
    };
    let Some(id) = bundled().map(|s| &*s.id).find(|id| set_tag(id) == tag) else {
        return Err(LinkError::UnknownSet { tag, set: None });
    };
    let of_id = || bundled().filter(|s| s.id == id);
    let found = u32::try_from(version)
        .ok()
        .and_then(|v| of_id().find(|s| s.version == v));
    match (found, of_id().max_by_key(|s| s.version)) {
        (Some(set), _) => Ok(set),
        (None, Some(latest)) => Err(LinkError::UnknownSetVersion {
            set_id: id.to_owned(),
            title: latest.title.clone(),
            version: u32::try_from(version).unwrap_or(u32::MAX),
            latest: latest.version,
        }),
        (None, None) => Err(LinkError::UnknownSet { tag, set: None }),
    }
}

fn read_rest(r: &mut BitReader, set: &CriteriaSet, fingerprint: u32) -> Read<Decoded> {
    let options = ShareOptions {
        include_notes: r.flag()?,
        include_item_names: r.flag()?,
    };
    let assessed_on = read_date(r)?;
    let profile = read_profile(r)?;
    let mut answers = Answers::new(set.id.clone(), set.version);
    for criterion in set.criteria.iter() {
        if r.flag()? {
            let answer = read_answer(r, &criterion.input, options)?;
            answers.answers.insert(criterion.id.to_string(), answer);
        }
    }
    let mut notes = VecMap::new();
    if options.include_notes {
        for criterion in set.criteria.iter() {
            if r.flag()? {
                notes.insert(criterion.id.to_string(), text::read(r)?);
            }
        }
    }
    Ok(Decoded {
        result: SharedResult {
            profile,
            answers,
            notes,
            assessed_on,
            record: None,
        },
        options,
        fingerprint,
    })
}

fn read_date(r: &mut BitReader) -> Read<Option<ShareDate>> {
    if !r.flag()? {
        return Ok(None);
    }
    read_day(r).map(Some)
}

fn read_day(r: &mut BitReader) -> Read<ShareDate> {
    let year = r.signed()?.checked_add(BASE_YEAR).ok_or(Malformed)?;
    let year = i32::try_from(year).map_err(|_| Malformed)?;
    let month = r.bits(4)? as u8;
    let day = r.bits(5)? as u8;
    ShareDate::new(year, month, day).ok_or(Malformed)
}

fn read_profile(r: &mut BitReader) -> Read<CellProfile> {
    let year = if r.flag()? {
        let y = r.signed()?.checked_add(BASE_YEAR).ok_or(Malformed)?;
        Some(u16::try_from(y).map_err(|_| Malformed)?)
    } else {
        None
    };
    let commune_recognised = r.tri()?;
    let derived = r.flag()?;
    let cell_name = if derived { None } else { Some(text::read(r)?) };
    let hamlet = text::read(r)?;
    Ok(CellProfile {
        cell_name: cell_name.unwrap_or_else(|| format!("{CELL_PREFIX}{hamlet}")),
        hamlet,
        commune: text::read(r)?,
        province: text::read(r)?,
        year,
        year_typed: None,
        assessor: text::read(r)?,
        commune_recognised,
    })
}

fn read_answer(r: &mut BitReader, input: &Input, options: ShareOptions) -> Read<Answer> {
    Ok(match input {
        Input::YesNo => Answer::YesNo { value: r.tri()? },
        Input::Counts { groups: ids, .. } => {
            let mut groups = VecMap::new();
            for id in ids.iter() {
                if r.flag()? {
                    let row = CountAnswer {
                        total: r.opt_signed()?,
                        counted: r.opt_signed()?,
                        exempt: r.opt_signed()?,
                    };
                    groups.insert(id.id.to_string(), row);
                }
            }
            Answer::Counts { groups }
        }
        Input::NamedItems { .. } => {
            let items = if options.include_item_names {
                let n = r.count(text::MIN_BITS)?;
                (0..n).map(|_| text::read(r)).collect::<Read<_>>()?
            } else {
                let n = usize::try_from(r.varint()?).map_err(|_| Malformed)?;
                if n > MAX_PAYLOAD_CHARS {
                    return Err(Malformed);
                }
                (1..=n).map(placeholder_name).collect()
            };
            Answer::NamedItems { items }
        }
        Input::HouseholdRates { references } => {
            let households = r.opt_signed()?;
            let poor = r.opt_signed()?;
            let near_poor = r.opt_signed()?;
            let poor_protected = r.opt_signed()?;
            let near_poor_protected = r.opt_signed()?;
            let exclude_protected = r.flag()?;
            let reference = match r.bits(2)? {
                0 => None,
                1 => {
                    let i = r.count(0)?;
                    let preset = references.get(i).ok_or(Malformed)?;
                    Some(ReferenceChoice::Preset(preset.id.to_string()))
                }
                2 => Some(ReferenceChoice::Custom {
                    poor_bp: r.signed()?,
                    near_poor_bp: r.signed()?,
                }),
                _ => Some(ReferenceChoice::Preset(text::read(r)?)),
            };
            Answer::HouseholdRates(RatesAnswer {
                households,
                poor,
                near_poor,
                poor_protected,
                near_poor_protected,
                exclude_protected,
                reference,
            })
        }
        Input::YearlyRatings { .. } => {
            // A year takes at least 5 + 3 + 1 bits.
            let n = r.count(9)?;
            let mut years = Vec::with_capacity(n);
            let mut previous = BASE_YEAR;
            for _ in 0..n {
                let year = previous.wrapping_add(r.signed()?);
                previous = year;
                let level = match r.bits(3)? {
                    0 => None,
                    i => Some(*RatingLevel::ALL.get(i as usize - 1).ok_or(Malformed)?),
                };
                years.push(YearRating {
                    year,
                    level,
                    score_tenths: r.opt_signed()?,
                });
            }
            Answer::YearlyRatings { years }
        }
        Input::Checklist { parts: ids } => {
            let mut parts = VecMap::new();
            for id in ids.iter() {
                if let Some(holds) = r.tri()? {
                    parts.insert(id.id.to_string(), holds);
                }
            }
            Answer::Checklist { parts }
        }
        Input::Organisations { organisations } => {
            let mut rows = VecMap::new();
            for org in organisations.iter() {
                if r.flag()? {
                    let row = OrgAnswer {
                        absent: r.flag()?,
                        staffed: r.tri()?,
                        meets: r.tri()?,
                    };
                    rows.insert(org.id.to_string(), row);
                }
            }
            let min_bits = 4 + if options.include_item_names {
                text::MIN_BITS
            } else {
                0
            };
            let n = r.count(min_bits)?;
            let mut others = Vec::with_capacity(n);
            for i in 0..n {
                let name = if options.include_item_names {
                    text::read(r)?
                } else {
                    placeholder_name(i + 1)
                };
                others.push(OtherOrg {
                    name,
                    staffed: r.tri()?,
                    meets: r.tri()?,
                });
            }
            Answer::Organisations { rows, others }
        }
    })
}
