//! Names typed on the command line to the lexicon entries the store and index hold, so that
//! `--actor قسد`, `--actor "قوات سوريا الديمقراطية"`, `--actor sdf` and
//! `--actor "Syrian Democratic Forces"` all ask for the same entity.

use anyhow::{bail, Result};
use marsad_lexicon::matcher::Target;
use marsad_lexicon::Lexicon;
use marsad_text::fold::{fold, fold_key};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    Actor,
    Place,
}

/// The entries `name` may mean: an entry id, a canonical name, or any Arabic alias the
/// lexicon knows (every entry it may name: `النظام` names one actor, a town name may name
/// towns in two countries). A name the lexicon does not know is, for an actor, a person
/// stored under `~` and the folded name.
pub fn entries(name: &str, wanted: Wanted) -> Result<Vec<String>> {
    let lexicon = Lexicon::builtin();
    let name = name.trim();
    if let Some(id) = by_id_or_canonical(lexicon, name, wanted) {
        return Ok(vec![id]);
    }
    let folded = fold(name);
    let whole = fold_key(name).len();
    let mut found: Vec<String> = lexicon
        .matcher()
        .find_all(&folded)
        .into_iter()
        .filter(|found| found.folded_start == 0 && found.folded_end == whole)
        .flat_map(|found| found.targets.iter().filter_map(|target| entry_of(lexicon, *target, wanted)))
        .collect();
    found.sort();
    found.dedup();
    if !found.is_empty() {
        return Ok(found);
    }
    match wanted {
        Wanted::Actor if !name.is_empty() => Ok(vec![format!("~{}", fold_key(name))]),
        _ => bail!("no place named «{name}» in the gazetteer (try `marsad lexicon lookup '{name}'`)"),
    }
}

/// Every name in `names`, each resolved; an empty list stays empty.
pub fn all_entries(names: &[String], wanted: Wanted) -> Result<Vec<String>> {
    let mut entries_of_all = Vec::new();
    for name in names {
        entries_of_all.extend(entries(name, wanted)?);
    }
    Ok(entries_of_all)
}

fn by_id_or_canonical(lexicon: &Lexicon, name: &str, wanted: Wanted) -> Option<String> {
    let same = |id: &str, canonical: &str| id == name || canonical.eq_ignore_ascii_case(name);
    match wanted {
        Wanted::Actor => lexicon.data.actors.iter().find(|a| same(&a.id, &a.canonical)).map(|a| a.id.clone()),
        Wanted::Place => lexicon.data.places.iter().find(|p| same(&p.id, &p.canonical)).map(|p| p.id.clone()),
    }
}

fn entry_of(lexicon: &Lexicon, target: Target, wanted: Wanted) -> Option<String> {
    match (target, wanted) {
        (Target::Actor(index), Wanted::Actor) => lexicon.data.actors.get(index).map(|actor| actor.id.clone()),
        (Target::Place(index), Wanted::Place) => lexicon.data.places.get(index).map(|place| place.id.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_the_sdf_is_one_entry() {
        for name in ["قسد", "قوات سوريا الديمقراطية", "sdf", "Syrian Democratic Forces"]
        {
            assert_eq!(entries(name, Wanted::Actor).unwrap(), vec!["sdf".to_string()], "{name}");
        }
    }

    #[test]
    fn a_town_resolves_to_its_gazetteer_entry() {
        assert!(entries("هجين", Wanted::Place).unwrap().contains(&"sy-hajin".to_string()));
    }

    #[test]
    fn an_unknown_actor_is_a_person_key_and_an_unknown_place_an_error() {
        assert_eq!(
            entries("فلان الفلاني", Wanted::Actor).unwrap(),
            vec![format!("~{}", fold_key("فلان الفلاني"))]
        );
        assert!(entries("بلدة لا توجد", Wanted::Place).is_err());
    }
}
