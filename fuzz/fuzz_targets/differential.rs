//! One float-free generated program on A, C and D: the same output and the
//! same uncaught exception type. Runs where any representation ran out of
//! heap are not compared (D's words are twice as wide, so its heap fills
//! first), nor are runs cut by the jump budget on one side only.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mupy_fuzz::harness::{run_once, Limits, Outcome};
use mupy_reprs::{A, C, D};

/// `repr` of objects without one shows an address (`<reversed object at
/// 0x10d10>`), which differs between representations: masked.
fn masked(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('?');
    }
    out.push_str(rest);
    out
}

fn comparable(o: &Outcome) -> bool {
    o.exc_type() != "MemoryError" && !o.stdout.contains("MemoryError")
}

fuzz_target!(|data: &[u8]| {
    let Some(src) = mupy_fuzz::generated(data, false) else {
        return;
    };
    let limits = Limits::default();
    let (Some(a), Some(c), Some(d)) = (
        run_once::<A>(&src, limits),
        run_once::<C>(&src, limits),
        run_once::<D>(&src, limits),
    ) else {
        return;
    };
    if !(comparable(&a) && comparable(&c) && comparable(&d)) {
        return;
    }
    for (name, o) in [("C", &c), ("D", &d)] {
        assert_eq!(
            masked(&a.stdout),
            masked(&o.stdout),
            "output of A and {name} differ:\n{src}"
        );
        assert_eq!(
            a.exc_type(),
            o.exc_type(),
            "exception of A and {name} differ:\n{src}"
        );
    }
});
