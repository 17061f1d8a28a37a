//! The `marsad` command (being written).
fn main() {}
