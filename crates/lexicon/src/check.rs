//! Whole-lexicon checks beyond one line: ids and canonical names unique, no alias that folds
//! to nothing, and no alias naming two entries of one kind — except true homonym places in
//! different countries, which the resolver tells apart. Every problem names `file:line`.

use std::collections::HashMap;

use marsad_text::fold::fold_key;

use crate::data::{DataError, LexiconData};

/// Where an alias was seen: the entry's file, line, id, and country.
struct Seen<'a> {
    file: &'static str,
    line: usize,
    id: &'a str,
    country: Option<&'a str>,
}

/// Checks the lexicon as a whole; returns every problem found.
pub fn check(data: &LexiconData) -> Vec<DataError> {
    let mut problems = Vec::new();
    let actors =
        data.actors.iter().map(|a| (a.file, a.line, a.id.as_str(), a.country.as_deref(), &a.aliases));
    problems.extend(check_aliases(actors, false));
    let places =
        data.places.iter().map(|p| (p.file, p.line, p.id.as_str(), p.country.as_deref(), &p.aliases));
    problems.extend(check_aliases(places, true));
    let ids = data
        .actors
        .iter()
        .map(|a| (a.file, a.line, a.id.as_str()))
        .chain(data.places.iter().map(|p| (p.file, p.line, p.id.as_str())));
    problems.extend(unique("id", ids));
    problems
        .extend(unique("canonical name", data.actors.iter().map(|a| (a.file, a.line, a.canonical.as_str()))));
    problems.extend(unknown_short_form_entries(data));
    for list in [&data.given_names, &data.titles, &data.unnamed_sources] {
        problems.extend(unique("entry", list.iter().map(|t| (t.file, t.line, t.text.as_str()))));
    }
    problems
}

fn check_aliases<'a>(
    entries: impl Iterator<Item = (&'static str, usize, &'a str, Option<&'a str>, &'a Vec<String>)>,
    homonyms_allowed: bool,
) -> Vec<DataError> {
    let mut seen: HashMap<String, Seen<'a>> = HashMap::new();
    let mut problems = Vec::new();
    for (file, line, id, country, aliases) in entries {
        for alias in aliases {
            let key = fold_key(alias);
            if key.trim().is_empty() {
                problems.push(DataError::new(file, line, format!("alias `{alias}` folds to nothing")));
                continue;
            }
            let Some(first) = seen.get(&key) else {
                seen.insert(key, Seen { file, line, id, country });
                continue;
            };
            let homonym = homonyms_allowed && first.country != country;
            if first.id != id && !homonym {
                let message = format!(
                    "alias `{alias}` of {id} also names {} ({}:{})",
                    first.id, first.file, first.line
                );
                problems.push(DataError::new(file, line, message));
            }
        }
    }
    problems
}

/// A short form must point at actors that exist.
fn unknown_short_form_entries(data: &LexiconData) -> Vec<DataError> {
    let ids: std::collections::HashSet<&str> = data.actors.iter().map(|a| a.id.as_str()).collect();
    data.short_forms
        .iter()
        .flat_map(|short| {
            let by_country = short.by_country.iter().map(|(_, entry)| entry);
            short.entries.iter().chain(by_country).map(move |entry| (short, entry))
        })
        .filter(|(_, entry)| !ids.contains(entry.as_str()))
        .map(|(short, entry)| {
            let message = format!("short form `{}` points at unknown actor `{entry}`", short.text);
            DataError::new(short.file, short.line, message)
        })
        .collect()
}

/// Flags values that occur twice (after folding).
fn unique<'a>(what: &str, values: impl Iterator<Item = (&'static str, usize, &'a str)>) -> Vec<DataError> {
    let mut seen: HashMap<String, (&'static str, usize)> = HashMap::new();
    let mut problems = Vec::new();
    for (file, line, value) in values {
        if let Some((first_file, first_line)) = seen.insert(fold_key(value), (file, line)) {
            problems.push(DataError::new(
                file,
                line,
                format!("{what} `{value}` repeats {first_file}:{first_line}"),
            ));
        }
    }
    problems
}
