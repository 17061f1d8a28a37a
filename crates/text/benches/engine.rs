//! Times each reader of the text engine on a corpus of plain texts, one thread, best of
//! several passes: a quick loop for tuning one crate without building the whole CLI (whose
//! `marsad bench` stays the figure of record).
//!
//! The corpus is a file of texts separated by NUL bytes, named by `MARSAD_BENCH_TEXTS`; without
//! it the bench says so and does nothing, so `cargo bench` never fails for want of data.
//! Run: `MARSAD_BENCH_TEXTS=/tmp/texts.bin cargo bench -p marsad-text --bench engine`.

use std::hint::black_box;
use std::time::{Duration, Instant};

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

/// The best time on a CPU of [`PASSES`] runs (the wall time where the thread's CPU time
/// cannot be read): a busy machine's other work is left out.
fn best_of(texts: &[String], stage: Stage) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut count = 0;
    for _ in 0..PASSES {
        let (started, cpu_before) = (Instant::now(), thread_cpu_time());
        count = black_box(stage(black_box(texts)));
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
    let megabytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let only = std::env::args().skip(1).find(|arg| !arg.starts_with('-'));
    println!("{} texts, {megabytes:.1} MB; best of {PASSES} passes", texts.len());
    for (name, stage) in STAGES.iter().filter(|(name, _)| only.as_deref().is_none_or(|o| name.starts_with(o)))
    {
        let (time, count) = best_of(&texts, *stage);
        println!(
            "  {name:<30} {:>8.1} ms {:>8.1} MB/s of CPU time  (count {count})",
            time.as_secs_f64() * 1e3,
            megabytes / time.as_secs_f64()
        );
    }
}
