//! MicroPython's own RAM figures, the ones mupy must meet or beat
//! (`/work/shared/ANCHORS.md`: MicroPython v1.29 unix port, 32-bit build,
//! `standard` = A, `longlong` variant = C, `nanbox` variant = D). Each figure
//! is `gc.mem_alloc()` after minus before, collected on both sides.
//!
//! The keys are the vocabulary of `ram.json`'s `objects` map: a producer
//! that measures "empty instance" writes it as `empty_instance`.

/// One row: key in `ram.json`, what is measured, bytes for A, C, D.
pub struct Anchor {
    pub key: &'static str,
    pub label: &'static str,
    pub bytes: [u64; 3],
}

const fn row(key: &'static str, label: &'static str, bytes: [u64; 3]) -> Anchor {
    Anchor { key, label, bytes }
}

pub const ANCHORS: [Anchor; 15] = [
    row("empty_instance", "empty instance", [16, 16, 32]),
    row(
        "instance_2_attrs",
        "instance with 2 attributes (set in __init__)",
        [32, 32, 64],
    ),
    row("list_3", "list [1, 2, 3]", [32, 32, 64]),
    row("dict_1", "dict {1: 2}", [32, 32, 64]),
    row("tuple_3", "tuple of 3 built at run time", [32, 32, 32]),
    row("closure_1", "closure capturing one variable", [48, 48, 96]),
    row("float_add", "float result of 1.5 + x", [16, 0, 0]),
    row(
        "list_1000_ints",
        "list of 1 000 small ints",
        [4016, 4016, 8032],
    ),
    row(
        "bound_method",
        "bound method kept in a variable",
        [48, 48, 96],
    ),
    row("str_10", "new 10-character str", [32, 32, 64]),
    row("int_2_60", "int 2**60", [32, 16, 64]),
    row("set_3", "set {1, 2, 3}", [32, 32, 64]),
    row(
        "method_calls_1000",
        "1 000 method calls in a range loop",
        [0, 0, 0],
    ),
    row("calls_1000", "1 000 function calls", [0, 0, 0]),
    row(
        "script_setup",
        "heap in use after a small script's setup",
        [3424, 3696, 5696],
    ),
];

/// Rows whose figure is a whole program's or a thousand objects', not one
/// object's: left out of per-object charts and means.
pub const AGGREGATES: [&str; 4] = [
    "list_1000_ints",
    "method_calls_1000",
    "calls_1000",
    "script_setup",
];

/// The representations in column order, as `ram.json` spells them.
pub const REPRS: [&str; 3] = ["a", "c", "d"];

/// The human label of an object key (the key itself when unknown).
pub fn label(key: &str) -> &str {
    ANCHORS
        .iter()
        .find(|a| a.key == key)
        .map_or(key, |a| a.label)
}

/// Position of a key in the anchor table, unknown keys after all known.
pub fn rank(key: &str) -> usize {
    ANCHORS
        .iter()
        .position(|a| a.key == key)
        .unwrap_or(ANCHORS.len())
}

/// The anchor key whose label reads the same as `label`, ignoring case,
/// punctuation, spacing and any parenthesised remark.
pub fn key_for_label(label: &str) -> Option<&'static str> {
    let want = squeeze(label);
    ANCHORS
        .iter()
        .find(|a| squeeze(a.label) == want)
        .map(|a| a.key)
}

fn squeeze(s: &str) -> String {
    let mut depth = 0u32;
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::key_for_label;

    #[test]
    fn labels_match_despite_wording_details() {
        assert_eq!(
            key_for_label("1000 method calls in a range loop"),
            Some("method_calls_1000")
        );
        assert_eq!(
            key_for_label("Instance with 2 attributes"),
            Some("instance_2_attrs")
        );
        assert_eq!(
            key_for_label("heap in use after a small script's setup"),
            Some("script_setup")
        );
        assert_eq!(key_for_label("a lamp"), None);
    }
}
