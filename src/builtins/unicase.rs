//! Unicode case mapping for `str.upper`/`lower` and friends, from the
//! compact tables in `unicase_tables.rs` (about 4 KB, where core's
//! `char::to_uppercase`/`to_lowercase` tables cost six times that in flash).
//!
//! A character maps through its multi-character entry if it has one, else
//! through the run of single-character mappings that covers it, else to
//! itself; `gen_unicase.py` explains the packing and checks it.

use super::unicase_tables::{LOWER, LOWER_MULTI, TITLE, TITLE_MULTI, UPPER, UPPER_MULTI};

/// Calls `f` with each character of `c`'s uppercase (one to three).
pub fn for_upper(c: char, f: impl FnMut(char)) {
    if c.is_ascii() {
        let mut f = f;
        return f(c.to_ascii_uppercase());
    }
    map(c, &UPPER, &UPPER_MULTI, f)
}

/// Calls `f` with each character of `c`'s lowercase (one or two).
pub fn for_lower(c: char, f: impl FnMut(char)) {
    if c.is_ascii() {
        let mut f = f;
        return f(c.to_ascii_lowercase());
    }
    map(c, &LOWER, &LOWER_MULTI, f)
}

/// Calls `f` with each character of `c`'s titlecase: its own entry if the
/// tables have one, else the uppercase with any further characters
/// lowercased (`ß` → `Ss`).
pub fn for_title(c: char, mut f: impl FnMut(char)) {
    let cp = c as u32;
    if !c.is_ascii() {
        if let Some(t) = map_one(cp, &TITLE) {
            return f(t);
        }
        if let Ok(i) = TITLE_MULTI.binary_search_by_key(&cp, |&(k, _)| u32::from(k)) {
            return multi_chars(TITLE_MULTI[i].1, c, f);
        }
    }
    let mut first = true;
    for_upper(c, |u| {
        if first {
            first = false;
            f(u)
        } else {
            for_lower(u, &mut f)
        }
    })
}

fn multi_chars(chars: [u16; 3], c: char, mut f: impl FnMut(char)) {
    for &u in chars.iter().take_while(|&&u| u != 0) {
        f(char::from_u32(u32::from(u)).unwrap_or(c));
    }
}

fn map(c: char, runs: &[(u32, i32)], multi: &[(u16, [u16; 3])], mut f: impl FnMut(char)) {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| u32::from(k)) {
        return multi_chars(multi[i].1, c, f);
    }
    f(map_one(cp, runs).unwrap_or(c))
}

/// The single-character mapping of `cp`, if a run covers it.
fn map_one(cp: u32, runs: &[(u32, i32)]) -> Option<char> {
    let i = runs.partition_point(|&(packed, _)| packed >> 8 <= cp);
    let &(packed, delta) = runs.get(i.checked_sub(1)?)?;
    let off = cp - (packed >> 8);
    let step = (packed & 1) + 1;
    let len = ((packed >> 1) & 0x7f) + 1;
    if off < len * step && off.is_multiple_of(step) {
        char::from_u32(cp.wrapping_add_signed(delta))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn upper(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| for_upper(c, |u| out.push(u)));
        out
    }

    fn lower(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| for_lower(c, |u| out.push(u)));
        out
    }

    #[test]
    fn maps_like_cpython() {
        assert_eq!(
            upper("straße ǆ āĀ ﬃ ΐ"),
            "STRASSE Ǆ ĀĀ FFI \u{399}\u{308}\u{301}"
        );
        assert_eq!(lower("ÀÉÎ ΑΒΓ АБВ İ Ꭰ 𐐀"), "àéî αβγ абв i̇ ꭰ 𐐨");
        assert_eq!(upper("ÿ ꭰ 𐐨 ɐ"), "Ÿ Ꭰ 𐐀 Ɐ");
        assert_eq!(lower("ẞ ǅ ×"), "ß ǆ ×");
        let mut t = String::new();
        "ǆßაᾳŉx".chars().for_each(|c| for_title(c, |u| t.push(u)));
        assert_eq!(t, "ǅSsაᾼʼNX");
    }
}
