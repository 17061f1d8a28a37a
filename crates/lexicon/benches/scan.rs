//! Times the lexicon's matcher and recognizer on a corpus of plain texts, one thread, best of
//! several passes: a quick loop for tuning the automaton's scan without building the whole CLI
//! (whose `marsad bench` stays the figure of record).
//!
//! The corpus is a file of texts separated by NUL bytes, named by `MARSAD_BENCH_TEXTS` (the
//! text engine's bench reads the same file); without it the bench says so and does nothing.
//! Run: `MARSAD_BENCH_TEXTS=/tmp/texts.bin cargo bench -p marsad-lexicon --bench scan`.
//! The counts printed are a checksum of what was found: they must not change with the speed.

use std::hint::black_box;
use std::time::{Duration, Instant};

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

/// The best time on a CPU of [`PASSES`] runs (the wall time where the thread's CPU time
/// cannot be read): a busy machine's other work is left out.
fn best_of(texts: &[String], folded: &[Folded], stage: Stage) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut count = 0;
    for _ in 0..PASSES {
        let (started, cpu_before) = (Instant::now(), thread_cpu_time());
        count = black_box(stage(black_box(texts), black_box(folded)));
        let took = match (cpu_before, thread_cpu_time()) {
            (Some(before), Some(after)) => after.saturating_sub(before),
            _ => started.elapsed(),
        };
        best = best.min(took);
    }
    (best, count)
}

/// The time this thread has run on a CPU (Linux `schedstat`), as `marsad bench` reads it.
fn thread_cpu_time() -> Option<Duration> {
    let schedstat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: u64 = schedstat.split_whitespace().next()?.parse().ok()?;
    (nanoseconds > 0).then(|| Duration::from_nanos(nanoseconds))
}

fn main() {
    let Some(path) = std::env::var_os("MARSAD_BENCH_TEXTS") else {
        eprintln!("set MARSAD_BENCH_TEXTS to a file of NUL-separated texts to run this bench");
        return;
    };
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {}", path.to_string_lossy());
        return;
    };
    let texts: Vec<String> = corpus.split('\0').filter(|t| !t.is_empty()).map(str::to_owned).collect();
    let folded: Vec<Folded> = texts.iter().map(|t| fold(t)).collect();
    let megabytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let only = std::env::args().skip(1).find(|arg| !arg.starts_with('-'));
    // Compiled once per process, as `marsad analyze` does: not part of any pass.
    black_box(Lexicon::builtin());
    println!("{} texts, {megabytes:.1} MB; best of {PASSES} passes", texts.len());
    for (name, stage) in STAGES.iter().filter(|(name, _)| only.as_deref().is_none_or(|o| name.starts_with(o)))
    {
        let (time, count) = best_of(&texts, &folded, *stage);
        println!(
            "  {name:<30} {:>8.1} ms {:>8.1} MB/s of CPU time  (checksum {count})",
            time.as_secs_f64() * 1e3,
            megabytes / time.as_secs_f64()
        );
    }
}
