//! Times the lexicon's matcher and recognizer on a corpus of plain texts, one thread, best of
//! several passes: a quick loop for tuning the automaton's scan without building the whole CLI
//! (whose `marsad bench` stays the figure of record).
//!
//! The corpus is a file of texts separated by NUL bytes, named by `MARSAD_BENCH_TEXTS` (the
//! text engine's bench reads the same file); without it the bench says so and does nothing.
//! Run: `MARSAD_BENCH_TEXTS=/tmp/texts.bin cargo bench -p marsad-lexicon --bench scan`.
//! The counts printed are a checksum of what was found: they must not change with the speed.

use std::hint::black_box;

#[path = "../../text/benches/support/mod.rs"]
mod support;

use marsad_lexicon::Lexicon;
use marsad_text::fold::{fold, Folded};

const PASSES: usize = 7;

/// One reader over every text, returning a checksum so the work is not optimised away.
type Stage = fn(&[String], &[Folded]) -> usize;

const STAGES: &[(&str, Stage)] = &[
    ("find_all (folded given)", |_, folded| {
        let matcher = Lexicon::builtin().matcher();
        folded
            .iter()
            .map(|f| checksum(matcher.find_all(f).iter().map(|m| (m.folded_start, m.folded_end))))
            .sum()
    }),
    ("recognize (folded given)", |_, folded| {
        let lexicon = Lexicon::builtin();
        folded
            .iter()
            .map(|f| checksum(lexicon.recognize_folded(f, Some(2018)).iter().map(|r| (r.start, r.end))))
            .sum()
    }),
    ("recognize (+fold)", |texts, _| {
        let lexicon = Lexicon::builtin();
        texts
            .iter()
            .map(|t| checksum(lexicon.recognize(t, Some(2018)).iter().map(|r| (r.start, r.end))))
            .sum()
    }),
];

/// A sum of the spans, each weighted by its place, so a missing or moved span shows.
fn checksum(spans: impl Iterator<Item = (usize, usize)>) -> usize {
    spans.enumerate().fold(0usize, |sum, (i, (start, end))| {
        sum.wrapping_add((i + 1).wrapping_mul(start.wrapping_mul(31).wrapping_add(end)))
    })
}

fn main() {
    let Some(texts) = support::load_texts() else { return };
    let folded: Vec<Folded> = texts.iter().map(|t| fold(t)).collect();
    let megabytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let only = support::only_stage();
    // Compiled once per process, as `marsad analyze` does: not part of any pass.
    black_box(Lexicon::builtin());
    println!("{} texts, {megabytes:.1} MB; best of {PASSES} passes", texts.len());
    for (name, stage) in STAGES.iter().filter(|(name, _)| only.as_deref().is_none_or(|o| name.starts_with(o)))
    {
        let (time, count) = support::best_of(PASSES, || stage(black_box(&texts), black_box(&folded)));
        support::print_stage(name, time, megabytes, count);
    }
}
