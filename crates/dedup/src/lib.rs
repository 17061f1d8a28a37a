//! Duplicate detection for a corpus: the same story filed twice, or wire copy that several
//! outlets repeat with small edits.
//!
//! - [`Fingerprint::of`] reads a text once and gives its exact [`ContentHash`] (white space
//!   runs count as one space, so re-wrapped copies are still "the same text") and its 64-bit
//!   SimHash over shingles of three folded words, so spelling variants that folding removes
//!   (alef forms, ta marbuta, diacritics) do not make copies look different.
//! - [`NearDuplicates`] finds, among the fingerprints seen so far, one within
//!   [`MAX_NEAR_DISTANCE`] bits of a new one.
//!
//! Pure and deterministic: no I/O, no randomness, the same text always gives the same
//! fingerprint on every machine.

mod near;
mod simhash;

pub use near::{NearDuplicates, MAX_NEAR_DISTANCE};
pub use simhash::{ContentHash, Fingerprint, MIN_SHINGLES};
