//! Times each reader of the text engine on a corpus of plain texts, one thread, best of
//! several passes: a quick loop for tuning one crate without building the whole CLI (whose
//! `marsad bench` stays the figure of record).
//!
//! The corpus is a file of texts separated by NUL bytes, named by `MARSAD_BENCH_TEXTS`; without
//! it the bench says so and does nothing, so `cargo bench` never fails for want of data.
//! Run: `MARSAD_BENCH_TEXTS=/tmp/texts.bin cargo bench -p marsad-text --bench engine`.

use std::hint::black_box;

mod support;

use marsad_text::date::find_dates_in;
use marsad_text::fold::fold;
use marsad_text::number::find_quantities_in;
use marsad_text::offsets::CharIndex;
use marsad_text::sentence::split_sentences;
use marsad_text::token::{tokenize, KeyedTokens};

const PASSES: usize = 5;

/// One reader over every text, returning a count so the work is not optimised away.
type Stage = fn(&[String]) -> usize;

const STAGES: &[(&str, Stage)] = &[
    ("fold", |texts| texts.iter().map(|t| fold(t).as_bytes().len()).sum()),
    ("tokenize", |texts| texts.iter().map(|t| tokenize(t).len()).sum()),
    ("sentences", |texts| texts.iter().map(|t| split_sentences(t).len()).sum()),
    ("char index", |texts| texts.iter().map(|t| CharIndex::new(t).len_chars()).sum()),
    ("keyed tokens (+fold, tokens)", |texts| {
        texts
            .iter()
            .map(|t| {
                let (folded, tokens) = (fold(t), tokenize(t));
                KeyedTokens::new(t, &tokens, &folded).key(0).len()
            })
            .sum()
    }),
    ("dates (+keyed)", |texts| with_keyed(texts, |words| find_dates_in(words, Some((2018, 2, 18))).len())),
    ("quantities (+keyed)", |texts| with_keyed(texts, |words| find_quantities_in(words).len())),
];

fn with_keyed(texts: &[String], read: impl Fn(&KeyedTokens) -> usize) -> usize {
    texts
        .iter()
        .map(|t| {
            let (folded, tokens) = (fold(t), tokenize(t));
            read(&KeyedTokens::new(t, &tokens, &folded))
        })
        .sum()
}

fn main() {
    let Some(texts) = support::load_texts() else { return };
    let megabytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let only = support::only_stage();
    println!("{} texts, {megabytes:.1} MB; best of {PASSES} passes", texts.len());
    for (name, stage) in STAGES.iter().filter(|(name, _)| only.as_deref().is_none_or(|o| name.starts_with(o)))
    {
        let (time, count) = support::best_of(PASSES, || stage(black_box(&texts)));
        support::print_stage(name, time, megabytes, count);
    }
}
