//! Placeholder until the GC bench lands.
fn main() {}
