//! Comma-separated names in a request (`actor=قسد,داعش`) to the lexicon entries the store
//! and the index key their rows by. The lexicon resolves each name
//! ([`Lexicon::entries_named`]); this bounds the list and answers 400 for a place it lacks.

use marsad_lexicon::{EntryKind, Lexicon};
use marsad_store::EntityKind;

use crate::error::ApiError;

/// Most names one parameter may list.
const MAX_NAMES: usize = 20;

/// The entries of a comma-separated list of names or ids, each once; empty when the
/// parameter is absent or blank. A name the lexicon does not know is a 400, except an
/// actor's, which may be a person the lexicon lacks.
pub fn resolve_list(kind: EntityKind, value: Option<&str>) -> Result<Vec<String>, ApiError> {
    let names: Vec<&str> =
        value.unwrap_or("").split([',', '،']).map(str::trim).filter(|name| !name.is_empty()).collect();
    if names.len() > MAX_NAMES {
        return Err(ApiError::bad_request(format!("at most {MAX_NAMES} names per parameter")));
    }
    let mut all = Vec::new();
    for name in names {
        let found = entries(kind, name);
        if found.is_empty() {
            return Err(ApiError::bad_request(format!(
                "no {} in the lexicon is named {name:?}",
                kind.as_str()
            )));
        }
        for entry in found {
            if !all.contains(&entry) {
                all.push(entry);
            }
        }
    }
    Ok(all)
}

/// The entries one name or id stands for (none for a place the gazetteer lacks).
pub fn entries(kind: EntityKind, name: &str) -> Vec<String> {
    let kind = match kind {
        EntityKind::Actor => EntryKind::Actor,
        EntityKind::Place => EntryKind::Place,
    };
    Lexicon::builtin().entries_named(name, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_resolve_once_each_and_unknown_places_are_refused() {
        assert_eq!(resolve_list(EntityKind::Actor, Some("قسد، sdf")).unwrap(), vec!["sdf".to_string()]);
        assert!(resolve_list(EntityKind::Place, Some("لا مكان بهذا الاسم أبدا")).is_err());
        assert_eq!(resolve_list(EntityKind::Place, None).unwrap(), Vec::<String>::new());
        let many = vec!["sdf"; MAX_NAMES + 1].join(",");
        assert!(resolve_list(EntityKind::Actor, Some(&many)).is_err());
    }
}
