//! Integer literals too large for `i64`: the lexer's spelling (decimal, or
//! `0x`/`0o`/`0b` digits) to the constant's magnitude, through the core's
//! converter: linear time for the power-of-two bases, base-10^9 chunks for
//! decimal (which the lexer caps at `num::MAX_STR_DIGITS` digits).

use alloc::vec;
use mupy_emitters::BigIntLiteral;

/// The literal's value; `None` if the spelling is not a literal (the lexer
/// never makes one).
pub fn big_literal(spelling: &str) -> Option<BigIntLiteral> {
    let len = crate::num::from_str_len(spelling, 0).ok()?;
    let mut magnitude = vec![0u32; len];
    let r = crate::num::from_str(spelling, 0, &mut magnitude).ok()?;
    magnitude.truncate(r.len);
    Some(BigIntLiteral {
        negative: false,
        magnitude,
    })
}
