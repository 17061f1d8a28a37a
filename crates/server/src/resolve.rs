//! Names as a user types them (`قسد`, `دير الزور`) to the lexicon entries the store and the
//! index key their rows by; entry ids (`sdf`, `~…` for persons) pass through.

use std::collections::HashSet;
use std::sync::OnceLock;

use marsad_lexicon::matcher::Target;
use marsad_lexicon::Lexicon;
use marsad_store::EntityKind;
use marsad_text::fold::{fold, fold_key};

use crate::error::ApiError;

/// Most names one parameter may list.
const MAX_NAMES: usize = 20;

/// The entries of a comma-separated list of names or ids; empty when the parameter is
/// absent or blank. A name the lexicon does not know is a 400, except an actor's, which may
/// be a person the lexicon lacks.
pub fn resolve_list(kind: EntityKind, value: Option<&str>) -> Result<Vec<String>, ApiError> {
    let names: Vec<&str> =
        value.unwrap_or("").split([',', '،']).map(str::trim).filter(|name| !name.is_empty()).collect();
    if names.len() > MAX_NAMES {
        return Err(ApiError::bad_request(format!("at most {MAX_NAMES} names per parameter")));
    }
    let mut entries = Vec::new();
    for name in names {
        let found = resolve(kind, name);
        if found.is_empty() {
            return Err(ApiError::bad_request(format!(
                "no {} in the lexicon is named {name:?}",
                kind.as_str()
            )));
        }
        for entry in found {
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
    }
    Ok(entries)
}

/// The entries one name or id stands for.
pub fn resolve(kind: EntityKind, name: &str) -> Vec<String> {
    if name.starts_with('~') || ids(kind).contains(name) {
        return vec![name.to_string()];
    }
    let lexicon = Lexicon::builtin();
    let folded = fold(name);
    let whole = folded.as_str().len();
    let mut entries = Vec::new();
    for found in lexicon.matcher().find_all(&folded) {
        // Only a name matched as a whole: `الجيش` must not resolve through `الجيش السوري`'s
        // parts, nor a longer text through a name inside it.
        if found.folded_start != 0 || found.folded_end != whole {
            continue;
        }
        for target in found.targets {
            let entry = match (kind, target) {
                (EntityKind::Actor, Target::Actor(i)) => lexicon.data.actors.get(*i).map(|a| &a.id),
                (EntityKind::Place, Target::Place(i)) => lexicon.data.places.get(*i).map(|p| &p.id),
                _ => None,
            };
            if let Some(entry) = entry.filter(|entry| !entries.contains(*entry)) {
                entries.push(entry.clone());
            }
        }
    }
    if entries.is_empty() && kind == EntityKind::Actor {
        // The store keys a person the lexicon lacks by `~` and the folded name.
        entries.push(format!("~{}", fold_key(name)));
    }
    entries
}

/// Every entry id of a kind, built once.
fn ids(kind: EntityKind) -> &'static HashSet<String> {
    static ACTORS: OnceLock<HashSet<String>> = OnceLock::new();
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    let data = &Lexicon::builtin().data;
    match kind {
        EntityKind::Actor => ACTORS.get_or_init(|| data.actors.iter().map(|a| a.id.clone()).collect()),
        EntityKind::Place => PLACES.get_or_init(|| data.places.iter().map(|p| p.id.clone()).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_pass_through_and_unknown_places_are_refused() {
        let actor = &Lexicon::builtin().data.actors[0].id;
        assert_eq!(resolve(EntityKind::Actor, actor), vec![actor.clone()]);
        assert!(resolve_list(EntityKind::Place, Some("لا مكان بهذا الاسم أبدا")).is_err());
        assert_eq!(resolve_list(EntityKind::Place, None).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn arabic_names_resolve_to_entries() {
        let places = resolve(EntityKind::Place, "دير الزور");
        assert!(!places.is_empty(), "{places:?}");
        let actors = resolve(EntityKind::Actor, "داعش");
        assert!(!actors.is_empty() && !actors[0].starts_with('~'), "{actors:?}");
    }
}
