//! Recognizing actors and places in Arabic news: lexicons and a gazetteer as data
//! (`data/*.tsv`), matched on the folded view, resolved in the article's context.
//!
//! - [`data`]: the data files, read into typed entries with `file:line` problems.
//! - [`check`]: checks across entries: unique ids, no alias naming two entries.
//! - [`matcher`]: one automaton over every folded alias, with word-boundary and proclitic rules.
//! - [`recognize`]: from matches to mentions: the longest names, homonyms resolved, countries
//!   and capitals that act taken as actors, regions anchored on their town (`ريف دير الزور
//!   الشرقي`), and persons not in the lexicon found from titles and given names.
//! - `compose.rs`: a state's forces and government named by a head noun and a nationality
//!   adjective (`القوات اليمنية`، `الحكومة الإسبانية`), composed from the demonyms.
//! - `regions.rs`: the sides of a country (`الغرب العراقي`), placed toward the outer tenth of
//!   the country's listed places.
//! - [`resolve`]: a typed name (`قسد`, `sdf`, an entry id) to the entries it may mean.
//! - [`cues`] and [`cue_index`]: the words events and claims are read from (triggers, claim
//!   cues, modality words), inflected from their listed forms and found word by word; what
//!   the lists say of each word is remembered per thread in a bounded memo (`memo.rs`).
//!
//! Pure and deterministic: the data is compiled in, nothing is read at run time. The memo
//! only remembers answers that depend on the word alone, so no output depends on it.

mod alphabet;
pub mod check;
mod compose;
pub mod cue_index;
pub mod cues;
pub mod data;
mod dense;
mod inflect;
pub mod matcher;
mod memo;
pub mod recognize;
mod regions;
pub mod resolve;
mod words;

pub use cue_index::{CueIndex, CueMatch, SplitMatch};
pub use recognize::has_plain_pronoun_suffix;
pub use recognize::{Entity, Lexicon, Recognition};
pub use resolve::EntryKind;
pub use words::has_glued_article;

/// The cue lists compiled from the data files built into marsad.
pub fn builtin_cues() -> &'static CueIndex {
    static CUES: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    CUES.get_or_init(|| CueIndex::new(cues::load(&Lexicon::builtin().data.unnamed_sources).0))
}
