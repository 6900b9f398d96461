//! Which stored drafts use a set: a set added on the phone can be removed
//! only while no draft (an assessment, or an earlier check on a record) was
//! made with it, since the draft would no longer read with its own wording.

use crate::domain::criteria::Registry;
use crate::domain::draft::Draft;
use crate::domain::i18n::{self, Lang, SetsText, Text};

/// The drafts made with set `id` at `version`, by name (her title for the
/// draft, else the cell's name), each name once with how many drafts carry
/// it, in the order first met.
pub fn drafts_using(drafts: &[Draft], id: &str, version: u32) -> Vec<(String, usize)> {
    let mut names: Vec<(String, usize)> = Vec::new();
    for draft in drafts {
        let answers = &draft.content.answers;
        if answers.set_id != id || answers.set_version != version {
            continue;
        }
        let name = [&draft.title, &draft.content.profile.cell_name]
            .into_iter()
            .map(|n| n.trim())
            .find(|n| !n.is_empty())
            .unwrap_or_default()
            .to_owned();
        match names.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => names.push((name, 1)),
        }
    }
    names
}

/// Why a set cannot be removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoveRefusal {
    /// It came with the app.
    Bundled,
    /// Drafts on this phone use it (by name, with how many carry each name).
    InUse(Vec<(String, usize)>),
}

/// Whether set `id` at `version` may be removed from this phone.
pub fn may_remove(
    registry: &Registry,
    drafts: &[Draft],
    id: &str,
    version: u32,
) -> Result<(), RemoveRefusal> {
    if registry.is_bundled(id, version) {
        return Err(RemoveRefusal::Bundled);
    }
    let using = drafts_using(drafts, id, version);
    if using.is_empty() {
        Ok(())
    } else {
        Err(RemoveRefusal::InUse(using))
    }
}

impl RemoveRefusal {
    /// Why, in `lang`, naming the drafts.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RemoveRefusal::Bundled => SetsText::SetBundledKept.get(lang).to_owned(),
            RemoveRefusal::InUse(names) => {
                let untitled = Text::UntitledDraft.get(lang);
                let named: Vec<(&str, usize)> = names
                    .iter()
                    .map(|(n, c)| (if n.is_empty() { untitled } else { n.as_str() }, *c))
                    .collect();
                i18n::set_in_use(lang, &named)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::DEFAULT_SET_ID;
    use crate::domain::sets_page::testing::{a_set, added};

    fn draft(id: &str, title: &str, cell: &str, set: (&str, u32)) -> Draft {
        let mut draft = Draft::new(
            id.into(),
            "2026-01-01T00:00:00Z".into(),
            &a_set(set.0, set.1, "2026-01-01"),
        );
        draft.title = title.into();
        draft.content.profile.cell_name = cell.into();
        draft
    }

    #[test]
    fn a_set_in_use_is_named_by_its_drafts_and_kept() {
        let extra = [added(a_set("vinh-long-2026", 1, "2026-01-01"))];
        let (registry, _) = Registry::with_added(&extra);
        let drafts = [
            draft("a", "", "Chi bộ ấp Hòa Thạnh A", ("vinh-long-2026", 1)),
            draft("b", "", "Chi bộ ấp Hòa Thạnh A", ("vinh-long-2026", 1)),
            draft("c", "Lần thử", "Chi bộ ấp B", ("vinh-long-2026", 1)),
            draft("d", "", "", ("vinh-long-2026", 1)),
            draft("e", "", "Chi bộ ấp C", ("vinh-long-2026", 2)),
            draft("f", "", "Chi bộ ấp D", (DEFAULT_SET_ID, 1)),
        ];
        let using = drafts_using(&drafts, "vinh-long-2026", 1);
        assert_eq!(
            using,
            [
                ("Chi bộ ấp Hòa Thạnh A".to_owned(), 2),
                ("Lần thử".to_owned(), 1),
                (String::new(), 1)
            ]
        );
        let refusal = may_remove(&registry, &drafts, "vinh-long-2026", 1).unwrap_err();
        assert_eq!(refusal, RemoveRefusal::InUse(using));
        let vi = refusal.message(Lang::Vi);
        assert!(vi.contains("4 bản đánh giá"), "{vi}");
        assert!(vi.contains("Chi bộ ấp Hòa Thạnh A (2)"), "{vi}");
        assert!(vi.contains("Chưa có tên chi bộ"), "{vi}");
        assert!(refusal.message(Lang::En).contains("4 assessments"));
        // Another version of the same set is not in use.
        let (registry2, _) =
            Registry::with_added(&[added(a_set("vinh-long-2026", 2, "2026-01-01"))]);
        assert_eq!(
            may_remove(&registry2, &drafts[..4], "vinh-long-2026", 2),
            Ok(())
        );
    }

    #[test]
    fn a_set_that_came_with_the_app_is_never_removed() {
        let registry = Registry::bundled();
        assert_eq!(
            may_remove(&registry, &[], DEFAULT_SET_ID, 1),
            Err(RemoveRefusal::Bundled)
        );
        assert!(!RemoveRefusal::Bundled.message(Lang::Vi).is_empty());
    }
}
