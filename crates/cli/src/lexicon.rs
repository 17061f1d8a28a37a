//! `marsad lexicon`: check the data files, look a name up, count the entries.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use marsad_lexicon::data::{self, LexiconData};
use marsad_lexicon::matcher::Target;
use marsad_lexicon::{check, cues, Entity, Lexicon};
use marsad_text::fold::{fold, fold_key};

/// Validates every data file; prints each problem as `file:line: message`.
pub fn check() -> Result<ExitCode> {
    let (lexicon, mut problems) = data::load();
    problems.extend(check::check(&lexicon));
    let (cue_data, cue_problems) = cues::load(&lexicon.unnamed_sources);
    problems.extend(cue_problems);
    problems.extend(cues::check(&cue_data));
    for problem in &problems {
        println!("{problem}");
    }
    println!(
        "{} event triggers, claim cues and modality words",
        cue_data.cues.len() - lexicon.unnamed_sources.len()
    );
    println!(
        "{} actors, {} places, {} given names, {} titles, {} unnamed sources, {} demonyms: {} problem(s)",
        lexicon.actors.len(),
        lexicon.places.len(),
        lexicon.given_names.len(),
        lexicon.titles.len(),
        lexicon.unnamed_sources.len(),
        lexicon.demonyms.len(),
        problems.len()
    );
    Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Shows what an Arabic string resolves to, and why: every entry each name in it could be,
/// then what the recognizer makes of the string as a text.
pub fn lookup(name: &str) -> Result<ExitCode> {
    let lexicon = Lexicon::builtin();
    println!("folded: {}", fold_key(name));
    let folded = fold(name);
    let matches = lexicon.matcher().find_all(&folded);
    if matches.is_empty() {
        println!("no lexicon name in it");
    }
    for found in &matches {
        let range = folded.original_range(found.folded_start..found.folded_end);
        println!("«{}» may be:", &name[range]);
        for target in found.targets {
            println!("  {}", describe(&lexicon.data, *target));
        }
    }
    println!("recognized as a text:");
    for recognition in lexicon.recognize(name, None) {
        println!("  «{}» → {}", &name[recognition.start..recognition.end], entity_line(&recognition.entity));
    }
    print_cues(name);
    Ok(ExitCode::SUCCESS)
}

/// The event triggers, claim cues and modality words in `text`, with the line that lists each.
fn print_cues(text: &str) {
    let index = marsad_lexicon::builtin_cues();
    let tokens = marsad_text::token::tokenize(text);
    let folded = marsad_text::fold::fold(text);
    let keys = marsad_text::token::KeyedTokens::new(text, &tokens, &folded);
    for found in index.find(&keys) {
        println!("cue «{}»:", &text[found.start..found.end]);
        for cue in found.cues.iter().filter_map(|&i| index.data.cues.get(i)) {
            println!("  {:?} ({} {:?}, {}:{})", cue.role, cue.form, cue.class, cue.file, cue.line);
        }
    }
}

fn describe(data: &LexiconData, target: Target) -> String {
    match target {
        Target::Actor(i) => {
            let a = &data.actors[i];
            format!(
                "actor {} \"{}\" ({}, {}) {}:{}",
                a.id,
                a.canonical,
                a.actor_type,
                a.country.as_deref().unwrap_or("-"),
                a.file,
                a.line
            )
        }
        Target::Place(i) => {
            let p = &data.places[i];
            format!(
                "place {} \"{}\" ({}, {}, {}) {:.4},{:.4} {}:{}",
                p.id,
                p.canonical,
                p.scale,
                p.country.as_deref().unwrap_or("-"),
                p.admin1.as_deref().unwrap_or("-"),
                p.lat,
                p.lon,
                p.file,
                p.line
            )
        }
        Target::Title(i) => term("title", &data.titles[i]),
        Target::GivenName(i) => term("given name", &data.given_names[i]),
        Target::Demonym(i) => term("demonym", &data.demonyms[i]),
        Target::UnnamedSource(i) => term("unnamed source", &data.unnamed_sources[i]),
        Target::ShortForm(i) => {
            let short = &data.short_forms[i];
            format!(
                "short form of {} (once named in full) {}:{}",
                short.entries.join(" or "),
                short.file,
                short.line
            )
        }
    }
}

fn term(what: &str, term: &data::Term) -> String {
    format!("{what} ({}) {}:{}", term.kind, term.file, term.line)
}

fn entity_line(entity: &Entity) -> String {
    match entity {
        Entity::Actor { canonical, actor_type, country, .. } => {
            format!(
                "actor \"{}\" ({actor_type}, {})",
                canonical.as_deref().unwrap_or("unknown"),
                country.as_deref().unwrap_or("-")
            )
        }
        Entity::Place { canonical, scale, lat, lon, .. } => {
            format!("place \"{canonical}\" ({scale}) {lat:.4},{lon:.4}")
        }
    }
}

/// Counts entries per type and per country.
pub fn stats() -> Result<ExitCode> {
    let (lexicon, _) = data::load();
    let mut by_type: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_country: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for actor in &lexicon.actors {
        *by_type.entry(format!("actor/{}", actor.actor_type)).or_default() += 1;
        by_country.entry(actor.country.clone().unwrap_or_else(|| "-".into())).or_default().0 += 1;
    }
    for place in &lexicon.places {
        *by_type.entry(format!("place/{}", place.scale)).or_default() += 1;
        by_country.entry(place.country.clone().unwrap_or_else(|| "-".into())).or_default().1 += 1;
    }
    println!("entries per type:");
    for (kind, count) in &by_type {
        println!("  {kind:<24} {count:>6}");
    }
    println!("entries per country (actors, places), largest first:");
    let mut countries: Vec<_> = by_country.into_iter().collect();
    countries.sort_by_key(|(_, (a, p))| std::cmp::Reverse(a + p));
    for (country, (actors, places)) in countries.iter().take(30) {
        println!("  {country:<4} {actors:>6} {places:>6}");
    }
    let aliases: usize = lexicon.actors.iter().map(|a| a.aliases.len()).sum::<usize>()
        + lexicon.places.iter().map(|p| p.aliases.len()).sum::<usize>();
    println!("{} actors, {} places, {aliases} aliases", lexicon.actors.len(), lexicon.places.len());
    Ok(ExitCode::SUCCESS)
}
