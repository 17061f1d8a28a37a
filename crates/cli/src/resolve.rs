//! Names typed on the command line to the lexicon entries the store and index hold, so that
//! `--actor قسد`, `--actor "قوات سوريا الديمقراطية"`, `--actor sdf` and
//! `--actor "Syrian Democratic Forces"` all ask for the same entity. The lexicon resolves
//! ([`Lexicon::entries_named`]); this turns "no such place" into a message for the user.

use anyhow::{bail, Result};
use marsad_lexicon::{EntryKind, Lexicon};

/// Every name in `names`, each resolved; an empty list stays empty. A place the gazetteer
/// does not know is an error (an unknown actor is a person the lexicon lacks).
pub fn all_entries(names: &[String], kind: EntryKind) -> Result<Vec<String>> {
    let mut entries = Vec::new();
    for name in names {
        let found = Lexicon::builtin().entries_named(name, kind);
        if found.is_empty() {
            let name = name.trim();
            bail!(
                "no {} named «{name}» in the lexicon (try `marsad lexicon lookup '{name}'`)",
                kind.as_str()
            );
        }
        entries.extend(found);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_and_an_unknown_place_is_an_error() {
        let names = ["قسد".to_string(), "sdf".to_string()];
        assert_eq!(all_entries(&names, EntryKind::Actor).unwrap(), vec!["sdf", "sdf"]);
        let error = all_entries(&["بلدة لا توجد".to_string()], EntryKind::Place).unwrap_err();
        assert!(error.to_string().contains("no place named"), "{error}");
        assert!(all_entries(&[], EntryKind::Place).unwrap().is_empty());
    }
}
