//! The Arabic text engine of marsad: pure, deterministic, no I/O, never panics.
//!
//! Everything here works on the original text and reports **byte** ranges into it (Rust's
//! natural slicing unit); [`offsets::CharIndex`] turns them into the character offsets that
//! records carry. Matching happens on the [`fold`]ed view, which maps every folded byte back
//! to the original, so a match always points at the text as written.
//!
//! - [`fold`]: the folded view for matching keys, with its map to the original.
//! - [`hash`]: cheap hashing and a filter for the engine's word tables.
//! - [`token`]: words, numbers, Latin, punctuation, hashtags, URLs, e-mail.
//! - [`clitic`]: proclitics, the article and enclitics cut off a word, losslessly.
//! - [`stem`]: a light stemmer for search keys.
//! - [`sentence`]: the sentence splitter.
//! - [`number`]: numbers in digits and words, with the quantities they count.
//! - [`dual`]: counts of two told by a dual noun (`جنديان`), merged into the quantities.
//! - [`date`]: calendar dates, resolved against the publication date.
//! - [`offsets`]: byte to character offsets.

pub mod clitic;
pub mod date;
pub mod dual;
pub mod fold;
pub mod hash;
pub mod number;
pub mod offsets;
pub mod sentence;
pub mod stem;
pub mod token;
pub mod tsv;
