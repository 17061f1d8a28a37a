//! The lexicon files of `data/`, compiled in and read into typed entries.
//!
//! Every file is the TSV format of [`marsad_text::tsv`]. Reading checks each line (field
//! counts, allowed types and scales, coordinates, years) and reports `file:line` for every
//! problem; [`load`] returns what could be read together with the problems, so the engine can
//! run while `marsad lexicon check` and the tests insist on a clean set.

use marsad_text::tsv::{self, Row};

/// One data file: its path (for messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    pub path: &'static str,
    pub text: &'static str,
}

macro_rules! data_file {
    ($name:literal) => {
        DataFile { path: concat!("data/", $name), text: include_str!(concat!("../../../data/", $name)) }
    };
}

/// The actor lexicons.
pub const ACTOR_FILES: &[DataFile] = &[
    data_file!("actors-syria-iraq.tsv"),
    data_file!("actors-international.tsv"),
    data_file!("actors-region.tsv"),
    data_file!("actors-asia-africa.tsv"),
];
/// The gazetteer.
pub const PLACE_FILES: &[DataFile] = &[
    data_file!("places-syria.tsv"),
    data_file!("places-iraq.tsv"),
    data_file!("places-world.tsv"),
    data_file!("places-yemen.tsv"),
    data_file!("places-levant.tsv"),
    data_file!("places-africa.tsv"),
    data_file!("places-asia.tsv"),
    data_file!("places-geonames.tsv"),
];
pub const DEMONYM_FILE: DataFile = data_file!("demonyms.tsv");
pub const GIVEN_NAME_FILE: DataFile = data_file!("given-names.tsv");
pub const TITLE_FILE: DataFile = data_file!("titles.tsv");
pub const UNNAMED_SOURCE_FILE: DataFile = data_file!("unnamed-sources.tsv");
pub const SHORT_FORM_FILE: DataFile = data_file!("short-forms.tsv");

pub const ACTOR_HEADER: [&str; 7] = ["id", "canonical", "type", "country", "aliases", "valid", "note"];
pub const PLACE_HEADER: [&str; 10] =
    ["id", "canonical", "scale", "country", "admin1", "admin2", "lat", "lon", "aliases", "note"];
pub const DEMONYM_HEADER: [&str; 3] = ["country", "adjectives", "note"];
pub const GIVEN_NAME_HEADER: [&str; 3] = ["name", "gender", "note"];
pub const TITLE_HEADER: [&str; 3] = ["title", "kind", "note"];
pub const UNNAMED_SOURCE_HEADER: [&str; 3] = ["phrase", "kind", "note"];
pub const SHORT_FORM_HEADER: [&str; 4] = ["short", "entries", "by_country", "note"];

pub const ACTOR_TYPES: &[&str] = &[
    "state_military",
    "government",
    "armed_group",
    "coalition",
    "igo",
    "ngo",
    "monitor",
    "media",
    "person",
    "party",
];
pub const SCALES: &[&str] =
    &["country", "governorate", "region", "city", "town", "village", "facility", "feature"];
const GENDERS: &[&str] = &["m", "f", "u"];
const TITLE_KINDS: &[&str] = &["office", "military_rank", "honorific", "role", "sport_role", "naming"];
const SOURCE_KINDS: &[&str] = &[
    "local",
    "military",
    "security",
    "official",
    "medical",
    "media",
    "activist",
    "witness",
    "diplomatic",
    "other",
];

/// A problem in a data file, located by file and line: the data-file format's own error.
pub use marsad_text::tsv::TsvError as DataError;

/// An actor of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: String,
    pub canonical: String,
    pub actor_type: &'static str,
    /// ISO 3166-1 alpha-2 code of the actor's state, when it has one.
    pub country: Option<String>,
    pub aliases: Vec<String>,
    /// Years of existence or office, when they help tell entries apart.
    pub valid: Option<(u16, Option<u16>)>,
    pub file: &'static str,
    pub line: usize,
}

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    pub canonical: String,
    pub scale: &'static str,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub aliases: Vec<String>,
    pub note: String,
    pub file: &'static str,
    pub line: usize,
}

impl Place {
    /// A national capital: it may stand for its state's government (`واشنطن تلجأ`).
    pub fn is_capital(&self) -> bool {
        self.id.starts_with("cap-") || self.note.starts_with("national capital")
    }
}

/// A word list entry: a given name, a title, an unnamed source phrase or a demonym.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    /// The gender of a name, the kind of a title or source, the country of a demonym.
    pub kind: String,
    pub note: String,
    pub file: &'static str,
    pub line: usize,
}

/// A short form that names an actor only after the article has named it in full
/// (`المرصد` after `المرصد السوري لحقوق الإنسان`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortForm {
    pub text: String,
    /// Actor ids it may stand for, in order of preference.
    pub entries: Vec<String>,
    /// Where the article has named none of the entries in full: the entry the short form
    /// stands for in a story about each country (`YE` -> the Saudi-led coalition), told by
    /// the nearest name before it whose country is listed (or one right after it); `*`
    /// (written `*=entry`) where no listed country is named near it.
    pub by_country: Vec<(String, String)>,
    pub file: &'static str,
    pub line: usize,
}

/// Everything the data files hold.
#[derive(Debug, Clone, Default)]
pub struct LexiconData {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub demonyms: Vec<Term>,
    pub given_names: Vec<Term>,
    pub titles: Vec<Term>,
    pub unnamed_sources: Vec<Term>,
    pub short_forms: Vec<ShortForm>,
}

/// Reads every data file; returns the entries that could be read and every problem found.
pub fn load() -> (LexiconData, Vec<DataError>) {
    let mut errors = Vec::new();
    let mut data = LexiconData::default();
    for file in ACTOR_FILES {
        data.actors.extend(read_rows(file, &ACTOR_HEADER, &mut errors, actor_from_row));
    }
    for file in PLACE_FILES {
        data.places.extend(read_rows(file, &PLACE_HEADER, &mut errors, place_from_row));
    }
    data.demonyms = read_rows(&DEMONYM_FILE, &DEMONYM_HEADER, &mut errors, demonym_from_row)
        .into_iter()
        .flatten()
        .collect();
    data.given_names =
        read_rows(&GIVEN_NAME_FILE, &GIVEN_NAME_HEADER, &mut errors, |f, r| term_from_row(f, r, GENDERS));
    data.titles = read_rows(&TITLE_FILE, &TITLE_HEADER, &mut errors, |f, r| term_from_row(f, r, TITLE_KINDS));
    data.unnamed_sources = read_rows(&UNNAMED_SOURCE_FILE, &UNNAMED_SOURCE_HEADER, &mut errors, |f, r| {
        term_from_row(f, r, SOURCE_KINDS)
    });
    data.short_forms = read_rows(&SHORT_FORM_FILE, &SHORT_FORM_HEADER, &mut errors, short_form_from_row);
    crate::compose::compose_state_names(&mut data);
    (data, errors)
}

fn short_form_from_row(file: &DataFile, row: &Row) -> Result<ShortForm, String> {
    Ok(ShortForm {
        text: row.get(0).to_string(),
        entries: aliases(row.get(1))?,
        by_country: entries_by_country(row.get(2))?,
        file: file.path,
        line: row.line,
    })
}

/// Parses one file and turns each row into an entry; problems go to `errors`.
pub(crate) fn read_rows<T>(
    file: &DataFile,
    header: &[&str],
    errors: &mut Vec<DataError>,
    convert: impl Fn(&DataFile, &Row) -> Result<T, String>,
) -> Vec<T> {
    let rows = match tsv::parse(file.path, file.text, header) {
        Ok(rows) => rows,
        Err(problems) => {
            errors.extend(problems);
            return Vec::new();
        }
    };
    rows.iter()
        .filter_map(|row| match convert(file, row) {
            Ok(entry) => Some(entry),
            Err(message) => {
                errors.push(DataError::new(file.path, row.line, message));
                None
            }
        })
        .collect()
}

pub(crate) fn optional(field: &str) -> Option<String> {
    (field != "-" && !field.is_empty()).then(|| field.to_string())
}

pub(crate) fn one_of(field: &str, allowed: &[&'static str], what: &str) -> Result<&'static str, String> {
    allowed
        .iter()
        .copied()
        .find(|a| *a == field)
        .ok_or_else(|| format!("{what} `{field}` is not one of {allowed:?}"))
}

fn aliases(field: &str) -> Result<Vec<String>, String> {
    let list: Vec<String> = field.split('|').map(|a| a.trim().to_string()).collect();
    if list.iter().any(|a| a.is_empty()) {
        return Err(format!("an empty alias in `{field}`"));
    }
    Ok(list)
}

/// `YE=saudi-led-coalition|SY=us-led-coalition|*=us-led-coalition`, or `-` for none.
fn entries_by_country(field: &str) -> Result<Vec<(String, String)>, String> {
    if optional(field).is_none() {
        return Ok(Vec::new());
    }
    aliases(field)?
        .into_iter()
        .map(|pair| {
            let (code, entry) = pair.split_once('=').ok_or(format!("`{pair}` is not COUNTRY=entry"))?;
            let code = match code.trim() {
                ELSEWHERE => ELSEWHERE.to_string(),
                code => country_code(code)?.ok_or(format!("`{pair}` names no country"))?,
            };
            Ok((code, entry.trim().to_string()))
        })
        .collect()
}

/// The `by_country` key of the entry a short form stands for where no listed country is
/// named near it.
pub const ELSEWHERE: &str = "*";

fn country_code(field: &str) -> Result<Option<String>, String> {
    match optional(field) {
        Some(code) if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) => Ok(Some(code)),
        Some(code) => Err(format!("country `{code}` is not an ISO 3166-1 alpha-2 code")),
        None => Ok(None),
    }
}

fn valid_years(field: &str) -> Result<Option<(u16, Option<u16>)>, String> {
    let Some(value) = optional(field) else {
        return Ok(None);
    };
    let bad = || format!("valid `{value}` is not YYYY-YYYY, YYYY- or -");
    let (from, to) = value.split_once('-').ok_or_else(bad)?;
    let from: u16 = from.parse().map_err(|_| bad())?;
    let to = if to.is_empty() { None } else { Some(to.parse::<u16>().map_err(|_| bad())?) };
    if to.is_some_and(|to| to < from) {
        return Err(bad());
    }
    Ok(Some((from, to)))
}

fn actor_from_row(file: &DataFile, row: &Row) -> Result<Actor, String> {
    Ok(Actor {
        id: row.get(0).to_string(),
        canonical: row.get(1).to_string(),
        actor_type: one_of(row.get(2), ACTOR_TYPES, "type")?,
        country: country_code(row.get(3))?,
        aliases: aliases(row.get(4))?,
        valid: valid_years(row.get(5))?,
        file: file.path,
        line: row.line,
    })
}

fn coordinate(field: &str, limit: f64, what: &str) -> Result<f64, String> {
    match field.parse::<f64>() {
        Ok(value) if value.is_finite() && value.abs() <= limit => Ok(value),
        _ => Err(format!("{what} `{field}` is not a number within ±{limit}")),
    }
}

fn place_from_row(file: &DataFile, row: &Row) -> Result<Place, String> {
    Ok(Place {
        id: row.get(0).to_string(),
        canonical: row.get(1).to_string(),
        scale: one_of(row.get(2), SCALES, "scale")?,
        country: country_code(row.get(3))?,
        admin1: optional(row.get(4)),
        admin2: optional(row.get(5)),
        lat: coordinate(row.get(6), 90.0, "lat")?,
        lon: coordinate(row.get(7), 180.0, "lon")?,
        aliases: aliases(row.get(8))?,
        note: row.get(9).to_string(),
        file: file.path,
        line: row.line,
    })
}

/// A demonym line lists many adjectives of one country: one term each.
fn demonym_from_row(file: &DataFile, row: &Row) -> Result<Vec<Term>, String> {
    let country = country_code(row.get(0))?.ok_or("a demonym needs a country")?;
    Ok(aliases(row.get(1))?
        .into_iter()
        .map(|text| Term {
            text,
            kind: country.clone(),
            note: row.get(2).to_string(),
            file: file.path,
            line: row.line,
        })
        .collect())
}

fn term_from_row(file: &DataFile, row: &Row, kinds: &[&'static str]) -> Result<Term, String> {
    let kind = one_of(row.get(1), kinds, "kind")?;
    Ok(Term {
        text: row.get(0).to_string(),
        kind: kind.to_string(),
        note: row.get(2).to_string(),
        file: file.path,
        line: row.line,
    })
}
