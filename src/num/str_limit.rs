//! CPython 3.11's limit on decimal text ↔ int conversion (4300 digits,
//! `sys.set_int_max_str_digits`), adopted for text → int: `int(text,
//! base)` in a base that is not a power of two and decimal literals. Those
//! conversions are quadratic in the digit count; the limit bounds their time
//! (a 4300-digit decimal converts in microseconds) where an unbounded
//! conversion of a hostile 200 000-digit input took seconds. Power-of-two
//! bases convert in linear time and have no limit, as in CPython.

/// Most digits a text → int conversion in a non-power-of-two base accepts.
pub const MAX_STR_DIGITS: usize = 4300;

/// The digit count of `text` (already a valid `int(text, base)` literal)
/// when it exceeds [`MAX_STR_DIGITS`] in a base that is not a power of two.
pub fn over_limit(text: &str, base: u32) -> Option<usize> {
    let body = text.trim_start_matches(super::bigint_str::is_py_space);
    let body = body.trim_start_matches(['+', '-']).as_bytes();
    let prefixed = matches!(body, [b'0', b'x' | b'X' | b'o' | b'O' | b'b' | b'B', ..]);
    let effective = if base == 0 {
        if prefixed {
            return None;
        }
        10
    } else {
        base
    };
    if effective.is_power_of_two() || text.len() <= MAX_STR_DIGITS {
        return None;
    }
    // In a base that is not a power of two every alphanumeric is a digit
    // (no prefix can apply).
    let n = text.bytes().filter(u8::is_ascii_alphanumeric).count();
    (n > MAX_STR_DIGITS).then_some(n)
}

/// CPython's message for a text → int conversion over the limit.
pub fn over_limit_message(digits: usize) -> alloc::string::String {
    alloc::format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has \
         {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}
