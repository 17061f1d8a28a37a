//! Prints how far each article of a JSON Lines corpus is from its nearest earlier one, in
//! SimHash bits, to choose and check `MAX_NEAR_DISTANCE` on real data:
//! `cargo run --release -p marsad-dedup --example near_distances < corpus.jsonl`.

use std::io::BufRead;

use marsad_dedup::Fingerprint;

fn main() {
    let mut seen: Vec<(u64, String)> = Vec::new();
    let mut histogram = [0usize; 65];
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let text = line_field(&line, "text");
        let title = line_field(&line, "title");
        let Some(hash) = Fingerprint::of(&text).simhash else { continue };
        if let Some((distance, other)) =
            seen.iter().map(|(h, t)| ((h ^ hash).count_ones(), t)).min_by_key(|(d, _)| *d)
        {
            histogram[distance as usize] += 1;
            if (1..=16).contains(&distance) {
                println!("{distance}\t{}\t{}", short(&title), short(other));
            }
        }
        seen.push((hash, title));
    }
    for (distance, count) in histogram.iter().enumerate().take(24) {
        eprintln!("{distance}\t{count}");
    }
}

fn line_field(line: &str, name: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
    value[name].as_str().unwrap_or_default().to_string()
}

fn short(text: &str) -> String {
    text.chars().take(50).collect()
}
