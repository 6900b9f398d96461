//! The bundled sets and the lookups the app needs: a set by id and version, the
//! latest version of a set, and the set to read a stored result with.
//!
//! The data files are listed in [`BUNDLED`], and baked into Rust constants
//! (`baked.rs`, written by `cargo test --test criteria_sets -- --ignored`): the
//! app starts with its sets in place, with no JSON to parse or validate and none
//! of the code that would. Tests parse and validate the files, and fail when a
//! file is not listed or the baked sets differ from the files. Adding a set is
//! adding its file, one line in [`BUNDLED`], and baking again.

use super::{AddedSet, CriteriaSet, Problem, fingerprint, validate};

/// One embedded data file.
#[derive(Clone, Copy, Debug)]
pub struct DataFile {
    /// The file name under `src/domain/criteria/sets/`.
    pub name: &'static str,
    pub json: &'static str,
}

/// Every bundled criteria file. Old versions stay here as `<id>.v<N>.json`, so
/// that results made with them still read with their own wording.
pub const BUNDLED: &[DataFile] = &[DataFile {
    name: "ben-tre-2021.json",
    json: include_str!("sets/ben-tre-2021.json"),
}];

/// The set a new assessment starts with.
pub const DEFAULT_SET_ID: &str = "ben-tre-2021";

/// The bytes of criteria data embedded in the app.
pub fn bundled_data_bytes() -> usize {
    BUNDLED.iter().map(|f| f.json.len()).sum()
}

/// Why a data file was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the shape of a set.
    Parse { file: String, message: String },
    /// Parsed but unsound.
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
    /// Another file already holds this id and version.
    Duplicate {
        file: String,
        id: String,
        version: u32,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Parse { file, message } => write!(f, "{file}: {message}"),
            LoadError::Invalid { file, problems } => {
                write!(f, "{file}:")?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            LoadError::Duplicate { file, id, version } => {
                write!(f, "{file}: {id} version {version} is already loaded")
            }
        }
    }
}

/// Parses and validates one set.
pub fn parse_set(file: &str, json: &str) -> Result<CriteriaSet, LoadError> {
    let set: CriteriaSet = serde_json::from_str(json).map_err(|e| LoadError::Parse {
        file: file.to_owned(),
        message: e.to_string(),
    })?;
    let problems = validate(&set);
    if problems.is_empty() {
        Ok(set)
    } else {
        Err(LoadError::Invalid {
            file: file.to_owned(),
            problems,
        })
    }
}

/// The loaded sets: the bundled ones, then those added on this phone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Registry {
    sets: Vec<CriteriaSet>,
    /// The fingerprint of each set, in the same order.
    fingerprints: Vec<u32>,
    /// How many of the first sets came with the app.
    bundled: usize,
}

/// Why an added set was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddConflict {
    /// This phone has the same id and version with other content: a set
    /// changed without a new version.
    ChangedUnderSameVersion { id: String, version: u32 },
}

/// How a stored result's answers relate to the set found for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found<'a> {
    /// The very set and version the answers were made for.
    Exact(&'a CriteriaSet),
    /// That version is not bundled (removed, or made by a newer app): the
    /// latest version of the same set, to be read criterion by criterion.
    OtherVersion(&'a CriteriaSet),
}

impl<'a> Found<'a> {
    pub fn set(self) -> &'a CriteriaSet {
        match self {
            Found::Exact(s) | Found::OtherVersion(s) => s,
        }
    }
}

impl Registry {
    /// The bundled sets, as baked from the data files.
    pub fn bundled() -> Registry {
        let sets = super::baked::SETS.to_vec();
        Registry {
            bundled: sets.len(),
            fingerprints: super::baked::FINGERPRINTS.to_vec(),
            sets,
        }
    }

    /// The bundled sets and those added on this phone; an added set that
    /// conflicts with one already there is left out and reported.
    pub fn with_added<'a>(
        added: impl IntoIterator<Item = &'a AddedSet>,
    ) -> (Registry, Vec<AddConflict>) {
        let mut registry = Registry::bundled();
        let conflicts = added
            .into_iter()
            .filter_map(|a| registry.add(a.set.clone(), a.fingerprint).err())
            .collect();
        (registry, conflicts)
    }

    /// Adds a set with its fingerprint; the same set again changes nothing.
    pub fn add(&mut self, set: CriteriaSet, fingerprint: u32) -> Result<(), AddConflict> {
        match self.position(&set.id, set.version) {
            Some(i) if self.fingerprints[i] == fingerprint => Ok(()),
            Some(_) => Err(AddConflict::ChangedUnderSameVersion {
                id: set.id.into_owned(),
                version: set.version,
            }),
            None => {
                self.sets.push(set);
                self.fingerprints.push(fingerprint);
                Ok(())
            }
        }
    }

    fn position(&self, id: &str, version: u32) -> Option<usize> {
        self.sets
            .iter()
            .position(|s| s.id == id && s.version == version)
    }

    /// The fingerprint of set `id` at `version`.
    pub fn fingerprint(&self, id: &str, version: u32) -> Option<u32> {
        self.position(id, version).map(|i| self.fingerprints[i])
    }

    /// Whether set `id` at `version` came with the app (else added here).
    pub fn is_bundled(&self, id: &str, version: u32) -> bool {
        self.position(id, version).is_some_and(|i| i < self.bundled)
    }

    /// The set a new assessment of a cell in `province` for `year` starts
    /// with: among the sets in force in `year` (any, when the year is not
    /// known), a set naming the province before one for any province, then
    /// the one in force from the latest date, then the highest version; the
    /// bundled default when none is in force.
    pub fn default_for(&self, province: &str, year: Option<i64>) -> &CriteriaSet {
        // ok: the baked sets are never empty (`tests/criteria_sets.rs` checks
        // the default set is among them), so even an empty registry has one.
        let fallback = self
            .latest(DEFAULT_SET_ID)
            .or_else(|| self.sets.first())
            .unwrap_or(&super::baked::SETS[0]);
        let mut best: Option<(&CriteriaSet, bool)> = None;
        for set in &self.sets {
            if !set.in_force(year) {
                continue;
            }
            let here = set.provinces.iter().any(|p| same_province(p, province));
            if !here && !set.provinces.is_empty() {
                continue;
            }
            let rank =
                |s: &CriteriaSet, here: bool| (here, s.effective.from.to_string(), s.version);
            if best.is_none_or(|(b, b_here)| rank(set, here) > rank(b, b_here)) {
                best = Some((set, here));
            }
        }
        best.map_or(fallback, |(s, _)| s)
    }

    /// The bundled data files parsed and validated, and the files that had to
    /// be left out: what [`Registry::bundled`] is baked from (tests compare them).
    pub fn from_data_files() -> (Registry, Vec<LoadError>) {
        Registry::from_files(BUNDLED.iter().map(|f| (f.name, f.json)))
    }

    /// Sets from `(file name, JSON)` pairs; bad files are left out and reported.
    pub fn from_files<'f>(
        files: impl IntoIterator<Item = (&'f str, &'f str)>,
    ) -> (Registry, Vec<LoadError>) {
        let mut sets: Vec<CriteriaSet> = Vec::new();
        let mut errors = Vec::new();
        for (file, json) in files {
            match parse_set(file, json) {
                Ok(set)
                    if sets
                        .iter()
                        .any(|s| s.id == set.id && s.version == set.version) =>
                {
                    errors.push(LoadError::Duplicate {
                        file: file.to_owned(),
                        id: set.id.into_owned(),
                        version: set.version,
                    });
                }
                Ok(set) => sets.push(set),
                Err(e) => errors.push(e),
            }
        }
        let fingerprints = sets.iter().map(fingerprint).collect();
        (
            Registry {
                bundled: sets.len(),
                sets,
                fingerprints,
            },
            errors,
        )
    }

    /// Every loaded set, every version, in file order.
    pub fn sets(&self) -> &[CriteriaSet] {
        &self.sets
    }

    /// Set `id` at `version`.
    pub fn get(&self, id: &str, version: u32) -> Option<&CriteriaSet> {
        self.sets
            .iter()
            .find(|s| s.id == id && s.version == version)
    }

    /// The highest version of set `id`.
    pub fn latest(&self, id: &str) -> Option<&CriteriaSet> {
        self.sets
            .iter()
            .filter(|s| s.id == id)
            .max_by_key(|s| s.version)
    }

    /// The latest version of every set, for the picker of a new assessment.
    pub fn latest_of_each(&self) -> Vec<&CriteriaSet> {
        let mut out: Vec<&CriteriaSet> = Vec::new();
        for s in &self.sets {
            if !out.iter().any(|o| o.id == s.id)
                && let Some(latest) = self.latest(&s.id)
            {
                out.push(latest);
            }
        }
        out
    }

    /// The set to read answers made for `id` at `version` with: that version
    /// if bundled, else the latest of the same id; `None` for an unknown set.
    pub fn for_answers(&self, id: &str, version: u32) -> Option<Found<'_>> {
        match self.get(id, version) {
            Some(set) => Some(Found::Exact(set)),
            None => self.latest(id).map(Found::OtherVersion),
        }
    }
}

/// Whether two ways of writing a province name the same one: letter case,
/// spaces and a leading "tỉnh" / "thành phố" aside ("Tỉnh Vĩnh Long" is
/// "vĩnh long").
pub fn same_province(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        // Vietnamese letters folded by the link's text coding: no Unicode
        // case tables in the wasm.
        let lower =
            |w: &str| -> String { w.chars().map(crate::domain::share_link::to_lower).collect() };
        let words: Vec<String> = s.split_whitespace().map(lower).collect();
        let skip = match words.as_slice() {
            [t, ..] if t == "tỉnh" || t == "tp." || t == "tp" => 1,
            [t, p, ..] if t == "thành" && p == "phố" => 2,
            _ => 0,
        };
        words[skip.min(words.len())..].join(" ")
    };
    let (a, b) = (key(a), key(b));
    !a.is_empty() && a == b
}
