//! The words events and claims are read from, as data: event triggers (with their PLOVER type
//! and mode), support verbs, claim cues, the words of negation, hedging and irrealis, and the
//! PLOVER → ACLED table the exporter uses.
//!
//! Each file lists a word once, in one base form and with its inflection class (`past`,
//! `present`, `noun`, `participle`, `particle`, or `phrase-…` for a multi-word expression whose
//! first word inflects); [`crate::inflect`] makes the inflected forms and [`crate::cue_index`]
//! finds them in a text.

use marsad_text::tsv::Row;

use crate::data::{one_of, optional, read_rows, DataError, DataFile, Term};

macro_rules! data_file {
    ($name:literal) => {
        DataFile { path: concat!("data/", $name), text: include_str!(concat!("../../../data/", $name)) }
    };
}

/// The event-trigger files.
pub const TRIGGER_FILES: &[DataFile] =
    &[data_file!("event-triggers-force.tsv"), data_file!("event-triggers-relations.tsv")];
pub const CLAIM_CUE_FILE: DataFile = data_file!("claim-cues.tsv");
pub const MODALITY_FILE: DataFile = data_file!("event-modality.tsv");
pub const ACLED_FILE: DataFile = data_file!("plover-acled.tsv");

pub const TRIGGER_HEADER: [&str; 7] = ["form", "pos", "type", "mode", "role", "strength", "note"];
pub const CLAIM_CUE_HEADER: [&str; 5] = ["form", "pos", "kind", "speaker", "note"];
pub const MODALITY_HEADER: [&str; 5] = ["form", "pos", "kind", "scope", "note"];
pub const ACLED_HEADER: [&str; 5] = ["type", "mode", "acled_event_type", "acled_sub_event_type", "note"];

/// The PLOVER event types and the modes each allows.
pub const EVENT_MODES: &[(&str, &[&str])] = &[
    (
        "ASSAULT",
        &[
            "aerial",
            "drone",
            "artillery",
            "missile",
            "small_arms",
            "clash",
            "bombing",
            "suicide",
            "assassination",
            "abduction",
            "occupy",
            "siege",
            "killing",
            "massacre",
            "chemical",
            "attack",
            "destruction",
            "torture",
        ],
    ),
    ("COERCE", &["arrest", "raid", "blockade", "expel", "curfew", "seize", "demolish", "censor", "restrict"]),
    ("MOBILIZE", &["deploy", "reinforce", "alert", "exercise", "recruit"]),
    ("RETREAT", &["withdraw", "flee", "release", "surrender", "disarm", "defect", "halt"]),
    (
        "AID",
        &["humanitarian", "military", "medical", "economic", "evacuate", "protect", "advise", "transport"],
    ),
    ("COOPERATE", &["joint", "coordinate", "deal", "exchange", "join", "intelligence"]),
    ("SUPPORT", &["endorse", "praise", "solidarity"]),
    ("AGREE", &["agreement", "ceasefire", "reconcile", "accept", "sign"]),
    ("CONSULT", &["meet", "visit", "call", "talks", "conference", "negotiate"]),
    ("CONCEDE", &["admit", "apologize", "yield", "ease"]),
    ("INVESTIGATE", &["investigate"]),
    ("DEMAND", &["demand", "appeal"]),
    ("DISAPPROVE", &["condemn", "accuse", "criticize"]),
    ("REJECT", &["deny", "refuse", "veto"]),
    ("THREATEN", &["threaten", "warn", "ultimatum"]),
    ("PROTEST", &["demonstrate", "march", "sit_in", "strike", "riot", "hunger_strike"]),
    ("SANCTION", &["sanction", "suspend", "boycott", "sever"]),
    ("CRIME", &["smuggle", "theft", "trafficking", "fraud", "murder"]),
];

/// How a listed word inflects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// A perfect verb, 3rd person masculine singular (قصف).
    Past,
    /// An imperfect verb, 3rd person masculine singular (يقصف).
    Present,
    /// A verbal or event noun, indefinite (هجوم).
    Noun,
    /// An active participle (مضيف → مضيفا).
    Participle,
    /// An invariable word or phrase (بحسب، نقلا عن).
    Particle,
}

/// Where the speaker of a claim cue stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerAt {
    /// The verb's subject, after it or before it (قال، أكد).
    Subject,
    /// The name right after the cue (بحسب، نقلا عن).
    After,
    /// The speaker of the claim before (أضاف، مضيفا).
    Previous,
    /// The owner of a statement noun (بيان للجيش).
    Owner,
}

/// What a modality word does to the events after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    Negation,
    Hedge,
    /// The act has not happened: a plan, an attempt, a condition, a call.
    Irrealis,
}

/// How far a modality word reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The trigger right after it (within two words).
    Next,
    /// Every trigger after it to the end of its clause.
    Clause,
}

/// What a cue word does.
#[derive(Debug, Clone, PartialEq)]
pub enum CueRole {
    /// Names an event; a weak trigger needs a participant in its clause.
    Trigger {
        event_type: &'static str,
        mode: &'static str,
        strong: bool,
    },
    /// A support verb carrying the actor and tense of the event noun after it (شن هجوما).
    Light,
    /// A verb of managing (تمكن من، نجح في) whose subject did the act the event noun
    /// after it names: it carries the actor and tense like a support verb, but the noun names
    /// the act.
    Control,
    /// Its subject is the target of the event noun after it (تعرض لهجوم).
    Undergo,
    /// Attributes what follows to a speaker.
    Claim {
        kind: &'static str,
        speaker: SpeakerAt,
    },
    Modality {
        kind: Modality,
        scope: Scope,
    },
    /// A phrase naming an unnamed source (مصادر أهلية), of the given kind.
    Source {
        kind: String,
    },
}

/// One listed cue word or phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// As listed: without proclitics; several words for a phrase.
    pub form: String,
    /// How the form (the first word of a phrase) inflects.
    pub class: WordClass,
    pub role: CueRole,
    pub note: String,
    pub file: &'static str,
    pub line: usize,
}

/// One row of the PLOVER → ACLED table; mode `*` is the type's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcledMapping {
    pub event_type: String,
    pub mode: String,
    pub acled_event_type: Option<String>,
    pub acled_sub_event_type: Option<String>,
}

/// Everything the cue files hold.
#[derive(Debug, Clone, Default)]
pub struct CueData {
    pub cues: Vec<Cue>,
    pub acled: Vec<AcledMapping>,
}

impl CueData {
    /// The ACLED event and sub-event type of a PLOVER type and mode (the type's default when
    /// the mode has no row of its own).
    pub fn acled(&self, event_type: &str, mode: Option<&str>) -> Option<&AcledMapping> {
        let exact = mode.and_then(|m| self.acled.iter().find(|a| a.event_type == event_type && a.mode == m));
        exact.or_else(|| self.acled.iter().find(|a| a.event_type == event_type && a.mode == "*"))
    }
}

/// Reads every cue file, and turns the unnamed-source phrases of the lexicon into cues;
/// returns what could be read and every problem found.
pub fn load(unnamed_sources: &[Term]) -> (CueData, Vec<DataError>) {
    let mut errors = Vec::new();
    let mut data = CueData::default();
    for file in TRIGGER_FILES {
        data.cues.extend(read_rows(file, &TRIGGER_HEADER, &mut errors, trigger_from_row));
    }
    data.cues.extend(read_rows(&CLAIM_CUE_FILE, &CLAIM_CUE_HEADER, &mut errors, claim_cue_from_row));
    data.cues.extend(read_rows(&MODALITY_FILE, &MODALITY_HEADER, &mut errors, modality_from_row));
    data.cues.extend(unnamed_sources.iter().map(source_cue));
    data.acled = read_rows(&ACLED_FILE, &ACLED_HEADER, &mut errors, acled_from_row);
    (data, errors)
}

fn source_cue(term: &Term) -> Cue {
    Cue {
        form: term.text.clone(),
        class: WordClass::Particle,
        role: CueRole::Source { kind: term.kind.clone() },
        note: term.note.clone(),
        file: term.file,
        line: term.line,
    }
}

/// The form and class of a row: a `phrase-…` class needs two words or more, the others one
/// word (a particle may be a fixed phrase).
fn form_and_class(row: &Row) -> Result<(String, WordClass), String> {
    let form = row.get(0).trim();
    if form.is_empty() || form.chars().any(marsad_text::fold::is_dropped) {
        return Err(format!("form `{form}` is empty or carries harakat or tatweel"));
    }
    let pos = row.get(1);
    let (class, phrase) = match pos.strip_prefix("phrase-") {
        Some(first) => (word_class(first)?, true),
        None => (word_class(pos)?, false),
    };
    let words = form.split(' ').count();
    if phrase && words < 2 {
        return Err(format!("a phrase class for the single word `{form}`"));
    }
    if !phrase && class != WordClass::Particle && words > 1 {
        return Err(format!("`{form}` has several words: its class should be phrase-{pos}"));
    }
    if class == WordClass::Present && !form.starts_with('ي') {
        return Err(format!("present form `{form}` does not begin with ي"));
    }
    Ok((form.to_string(), class))
}

fn word_class(pos: &str) -> Result<WordClass, String> {
    Ok(match pos {
        "past" => WordClass::Past,
        "present" => WordClass::Present,
        "noun" => WordClass::Noun,
        "participle" => WordClass::Participle,
        "particle" => WordClass::Particle,
        _ => return Err(format!("pos `{pos}` is not past, present, noun, participle, particle or phrase-…")),
    })
}

fn trigger_from_row(file: &DataFile, row: &Row) -> Result<Cue, String> {
    let (form, class) = form_and_class(row)?;
    let role = match one_of(row.get(4), &["trigger", "light", "control", "undergo"], "role")? {
        "light" => CueRole::Light,
        "control" => CueRole::Control,
        "undergo" => CueRole::Undergo,
        _ => {
            let (event_type, modes) = EVENT_MODES
                .iter()
                .find(|(t, _)| *t == row.get(2))
                .ok_or_else(|| format!("type `{}` is not a PLOVER type", row.get(2)))?;
            let mode = one_of(row.get(3), modes, "mode")?;
            let strong = one_of(row.get(5), &["strong", "weak"], "strength")? == "strong";
            CueRole::Trigger { event_type, mode, strong }
        }
    };
    Ok(Cue { form, class, role, note: row.get(6).to_string(), file: file.path, line: row.line })
}

fn claim_cue_from_row(file: &DataFile, row: &Row) -> Result<Cue, String> {
    let (form, class) = form_and_class(row)?;
    let kind = one_of(row.get(2), &["assert", "deny", "accuse", "hedge", "other"], "kind")?;
    let speaker = match one_of(row.get(3), &["subject", "after", "previous", "owner"], "speaker")? {
        "subject" => SpeakerAt::Subject,
        "after" => SpeakerAt::After,
        "previous" => SpeakerAt::Previous,
        _ => SpeakerAt::Owner,
    };
    let role = CueRole::Claim { kind, speaker };
    Ok(Cue { form, class, role, note: row.get(4).to_string(), file: file.path, line: row.line })
}

fn modality_from_row(file: &DataFile, row: &Row) -> Result<Cue, String> {
    let (form, class) = form_and_class(row)?;
    let kind = match one_of(row.get(2), &["negation", "hedge", "irrealis"], "kind")? {
        "negation" => Modality::Negation,
        "hedge" => Modality::Hedge,
        _ => Modality::Irrealis,
    };
    let scope =
        if one_of(row.get(3), &["next", "clause"], "scope")? == "next" { Scope::Next } else { Scope::Clause };
    let role = CueRole::Modality { kind, scope };
    Ok(Cue { form, class, role, note: row.get(4).to_string(), file: file.path, line: row.line })
}

fn acled_from_row(_: &DataFile, row: &Row) -> Result<AcledMapping, String> {
    let (event_type, modes) = EVENT_MODES
        .iter()
        .find(|(t, _)| *t == row.get(0))
        .ok_or_else(|| format!("type `{}` is not a PLOVER type", row.get(0)))?;
    let mode = row.get(1);
    if mode != "*" && !modes.contains(&mode) {
        return Err(format!("mode `{mode}` is not a mode of {event_type}"));
    }
    Ok(AcledMapping {
        event_type: event_type.to_string(),
        mode: mode.to_string(),
        acled_event_type: optional(row.get(2)),
        acled_sub_event_type: optional(row.get(3)),
    })
}

/// Checks across cue entries: a (form, class) listed twice in one file, a PLOVER type with no
/// trigger, and a type with no default (`*`) row in the ACLED table.
pub fn check(data: &CueData) -> Vec<DataError> {
    let mut problems = Vec::new();
    let mut seen: std::collections::HashMap<(&str, String, WordClass), usize> = Default::default();
    for cue in &data.cues {
        let key = (cue.file, marsad_text::fold::fold_key(&cue.form), cue.class);
        if let Some(first) = seen.insert(key, cue.line) {
            problems.push(DataError::new(
                cue.file,
                cue.line,
                format!("`{}` is listed already on line {first}", cue.form),
            ));
        }
    }
    for (event_type, _) in EVENT_MODES {
        let has_trigger = data
            .cues
            .iter()
            .any(|c| matches!(c.role, CueRole::Trigger { event_type: t, .. } if t == *event_type));
        if !has_trigger {
            problems.push(DataError::new(TRIGGER_FILES[0].path, 0, format!("no trigger for {event_type}")));
        }
        if !data.acled.iter().any(|a| a.event_type == *event_type && a.mode == "*") {
            problems.push(DataError::new(ACLED_FILE.path, 0, format!("no default (*) row for {event_type}")));
        }
    }
    problems
}
