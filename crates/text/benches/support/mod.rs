//! What the quick benches of the core crates share (the text engine's `engine`, the lexicon's
//! `scan`, which includes this file by path): reading the corpus of NUL-separated texts named by
//! `MARSAD_BENCH_TEXTS`, timing a stage as the best CPU time of several passes, and printing a
//! line per stage. Kept out of the libraries, which do no I/O.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The texts of the file `MARSAD_BENCH_TEXTS` names; None, after saying why, when it is not
/// set or cannot be read, so that `cargo bench` never fails for want of data.
pub fn load_texts() -> Option<Vec<String>> {
    let Some(path) = std::env::var_os("MARSAD_BENCH_TEXTS") else {
        eprintln!("set MARSAD_BENCH_TEXTS to a file of NUL-separated texts to run this bench");
        return None;
    };
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {}", path.to_string_lossy());
        return None;
    };
    Some(corpus.split('\0').filter(|t| !t.is_empty()).map(str::to_owned).collect())
}

/// The stage name given on the command line, if any: only the stages it starts are run.
pub fn only_stage() -> Option<String> {
    std::env::args().skip(1).find(|arg| !arg.starts_with('-'))
}

/// The best time on a CPU of `passes` runs of `stage` (the wall time where the thread's CPU
/// time cannot be read): a busy machine's other work is left out. Returns the stage's count.
pub fn best_of(passes: usize, mut stage: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut count = 0;
    for _ in 0..passes {
        let (started, cpu_before) = (Instant::now(), thread_cpu_time());
        count = black_box(stage());
        let took = match (cpu_before, thread_cpu_time()) {
            (Some(before), Some(after)) => after.saturating_sub(before),
            _ => started.elapsed(),
        };
        best = best.min(took);
    }
    (best, count)
}

/// One line of the report: the stage's best time, its speed and its count.
pub fn print_stage(name: &str, time: Duration, megabytes: f64, count: usize) {
    println!(
        "  {name:<30} {:>8.1} ms {:>8.1} MB/s of CPU time  (count {count})",
        time.as_secs_f64() * 1e3,
        megabytes / time.as_secs_f64()
    );
}

/// The time this thread has run on a CPU (Linux `schedstat`), as `marsad bench` reads it.
fn thread_cpu_time() -> Option<Duration> {
    let schedstat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: u64 = schedstat.split_whitespace().next()?.parse().ok()?;
    (nanoseconds > 0).then(|| Duration::from_nanos(nanoseconds))
}
