//! Names as a person types them to the lexicon entries marsad keys its data by, so that
//! `قسد`, `قوات سوريا الديمقراطية`, `sdf` and `Syrian Democratic Forces` all mean one actor.
//!
//! The command line and the HTTP server both ask this one question; each turns "nothing
//! found" into its own kind of error.

use marsad_text::fold::{fold, fold_key};

use crate::matcher::Target;
use crate::recognize::Lexicon;

/// Which kind of entry a name is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Actor,
    Place,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Actor => "actor",
            EntryKind::Place => "place",
        }
    }
}

impl Lexicon {
    /// The entries `name` may mean, each once: an entry id or a canonical name (that one
    /// entry); else every entry one of whose aliases is the whole name (`النظام` names one
    /// actor, a town's name may name towns in two countries), in the automaton's order. A
    /// `~` key (a person the lexicon lacks, as the store keys it) and a region's entry
    /// (`sy-hajin+ريف`) pass through, and so
    /// does any other actor name the lexicon does not know, as `~` and its folded form.
    /// Empty for a blank name and for a place the gazetteer does not know.
    pub fn entries_named(&self, name: &str, kind: EntryKind) -> Vec<String> {
        let name = name.trim();
        if name.is_empty() {
            return Vec::new();
        }
        if kind == EntryKind::Actor && name.starts_with('~') {
            return vec![name.to_string()];
        }
        if kind == EntryKind::Place && self.is_region_entry(name) {
            return vec![name.to_string()];
        }
        if let Some(id) = self.by_id_or_canonical(name, kind) {
            return vec![id.to_string()];
        }
        let found = self.by_whole_alias(name, kind);
        if found.is_empty() && kind == EntryKind::Actor {
            return vec![format!("~{}", fold_key(name))];
        }
        found
    }

    /// The entry whose id is `name`, or whose canonical name is (ASCII case aside).
    fn by_id_or_canonical(&self, name: &str, kind: EntryKind) -> Option<&str> {
        let same = |id: &str, canonical: &str| id == name || canonical.eq_ignore_ascii_case(name);
        match kind {
            EntryKind::Actor => {
                self.data.actors.iter().find(|a| same(&a.id, &a.canonical)).map(|a| a.id.as_str())
            }
            EntryKind::Place => {
                self.data.places.iter().find(|p| same(&p.id, &p.canonical)).map(|p| p.id.as_str())
            }
        }
    }

    /// A region's entry as the recognizer makes it: its town's id, `+`, the region word
    /// (`sy-hajin+ريف`).
    fn is_region_entry(&self, name: &str) -> bool {
        name.split_once('+').is_some_and(|(anchor, _)| self.data.places.iter().any(|p| p.id == anchor))
    }

    /// Entries with an alias that is the whole of `name`: `الجيش` must not resolve through
    /// `الجيش السوري`'s parts, nor a longer text through a name inside it.
    fn by_whole_alias(&self, name: &str, kind: EntryKind) -> Vec<String> {
        let folded = fold(name);
        let whole = folded.as_str().len();
        let mut entries: Vec<String> = Vec::new();
        let matches = self.matcher().find_all(&folded);
        let targets = matches
            .iter()
            .filter(|found| found.folded_start == 0 && found.folded_end == whole)
            .flat_map(|found| found.targets.iter());
        for target in targets {
            if let Some(id) = self.entry_id(*target, kind) {
                if !entries.iter().any(|entry| entry == id) {
                    entries.push(id.to_string());
                }
            }
        }
        entries
    }

    fn entry_id(&self, target: Target, kind: EntryKind) -> Option<&str> {
        match (target, kind) {
            (Target::Actor(index), EntryKind::Actor) => self.data.actors.get(index).map(|a| a.id.as_str()),
            (Target::Place(index), EntryKind::Place) => self.data.places.get(index).map(|p| p.id.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str, kind: EntryKind) -> Vec<String> {
        Lexicon::builtin().entries_named(name, kind)
    }

    #[test]
    fn every_spelling_of_the_sdf_is_one_entry() {
        for name in ["قسد", "قوات سوريا الديمقراطية", "sdf", "Syrian Democratic Forces", " sdf "]
        {
            assert_eq!(named(name, EntryKind::Actor), vec!["sdf".to_string()], "{name}");
        }
    }

    #[test]
    fn places_resolve_to_their_gazetteer_entries() {
        assert!(named("هجين", EntryKind::Place).contains(&"sy-hajin".to_string()));
        assert!(!named("دير الزور", EntryKind::Place).is_empty());
        let id = &Lexicon::builtin().data.places[0].id;
        assert_eq!(named(id, EntryKind::Place), vec![id.clone()]);
        let region = format!("{id}+ريف");
        assert_eq!(named(&region, EntryKind::Place), vec![region.clone()]);
    }

    #[test]
    fn a_known_actor_is_not_a_person_key() {
        let actors = named("داعش", EntryKind::Actor);
        assert!(!actors.is_empty() && !actors[0].starts_with('~'), "{actors:?}");
    }

    #[test]
    fn only_a_whole_name_resolves() {
        // A known name inside a longer text is not that entry.
        assert!(named("هجين وما حولها من قرى بعيدة", EntryKind::Place).is_empty());
    }

    #[test]
    fn unknown_actors_are_person_keys_and_unknown_places_nothing() {
        assert_eq!(named("فلان الفلاني", EntryKind::Actor), vec![format!("~{}", fold_key("فلان الفلاني"))]);
        assert_eq!(named("~فلان", EntryKind::Actor), vec!["~فلان".to_string()]);
        assert!(named("بلدة لا توجد", EntryKind::Place).is_empty());
        assert!(named("  ", EntryKind::Actor).is_empty());
    }
}
