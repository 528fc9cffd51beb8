//! Laying out one `%` conversion, as CPython 3.11 does it.
//!
//! The converted value is a body `[sign][prefix][zeros]text`; the layout is
//!
//! ```text
//! fill ' ' : | pad | sign | prefix | zeros text |          (right aligned)
//! fill '0' : | sign | prefix | 000 | zeros text |          (flag 0 on a number)
//! flag '-' : | sign | prefix | zeros text | pad |          (pad is always spaces)
//! ```
//!
//! `+`/space add a sign to non-negative numbers only. Precision truncates the
//! text of `%s %r %a`; for integers it is a minimum digit count (the
//! `zeros`), for floats the float formatter's precision.

use core::fmt::Write;

use super::error::FmtError;
use super::pad::{char_prefix, write_fill};
use super::percent::Conversion;

type Result = core::result::Result<(), FmtError<'static>>;

/// A converted value, in parts.
struct Body<'t> {
    sign: Option<char>,
    prefix: &'t str,
    zeros: usize,
    text: &'t str,
}

/// Writes the text of `%s`, `%r`, `%a` (truncated to the precision) or `%c`.
pub fn write_text(text: &str, conv: &Conversion, out: &mut dyn Write) -> Result {
    let body = Body {
        sign: None,
        prefix: "",
        zeros: 0,
        text,
    };
    output(&body, false, conv, out)
}

/// Writes `%d %i %u %o %x %X` from the ASCII digits of the magnitude, already
/// in the code's radix and letter case.
pub fn write_int(negative: bool, digits: &str, conv: &Conversion, out: &mut dyn Write) -> Result {
    let prefix = match conv.code {
        b'x' if conv.flags.alternate => "0x",
        b'X' if conv.flags.alternate => "0X",
        b'o' if conv.flags.alternate => "0o",
        _ => "",
    };
    let body = Body {
        sign: negative.then_some('-'),
        prefix,
        zeros: conv.precision.unwrap_or(0).saturating_sub(digits.len()),
        text: digits,
    };
    output(&body, true, conv, out)
}

/// Writes `%e %E %f %F %g %G` from the float formatter's magnitude text for
/// `conv.float_plan()` and the value's sign (`num::float_fmt::is_negative`).
pub fn write_float(
    negative: bool,
    magnitude: &str,
    conv: &Conversion,
    out: &mut dyn Write,
) -> Result {
    let body = Body {
        sign: negative.then_some('-'),
        prefix: "",
        zeros: 0,
        text: magnitude,
    };
    output(&body, true, conv, out)
}

/// Layout of `%s %b %r %a` in a bytes template, for a value of `len` bytes:
/// keep the first `keep` bytes, with `left` and `right` spaces around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BytesLayout {
    pub keep: usize,
    pub left: usize,
    pub right: usize,
}

/// Lays out a bytes value (numbers go through the `write_*` functions into
/// text, which is ASCII).
pub fn bytes_layout(len: usize, conv: &Conversion) -> BytesLayout {
    let keep = match (conv.code, conv.precision) {
        (b'c', _) | (_, None) => len,
        (_, Some(p)) => len.min(p),
    };
    let pad = conv.width.unwrap_or(0).saturating_sub(keep);
    if conv.flags.left {
        BytesLayout {
            keep,
            left: 0,
            right: pad,
        }
    } else {
        BytesLayout {
            keep,
            left: pad,
            right: 0,
        }
    }
}

fn output(body: &Body<'_>, numeric: bool, conv: &Conversion, out: &mut dyn Write) -> Result {
    let flags = conv.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let (text_end, text_len) = match (conv.code, conv.precision) {
        (b's' | b'r' | b'a', Some(p)) => char_prefix(body.text, p),
        _ => (body.text.len(), body.text.chars().count()),
    };
    let text = &body.text[..text_end];
    let sign = match body.sign {
        Some(s) => Some(s),
        None if numeric && flags.plus => Some('+'),
        None if numeric && flags.space => Some(' '),
        None => None,
    };
    // Width counts everything but the sign, which takes one column of the
    // padding when there is some.
    let mut len = body.prefix.len() + body.zeros + text_len;
    let mut width = conv.width.unwrap_or(0).max(len);
    if let Some(s) = sign {
        if fill != ' ' {
            out.write_char(s)?;
        }
        if width > len {
            width -= 1;
        }
    }
    // Zero fill goes after the sign and prefix, space fill before them.
    let mut prefix = body.prefix;
    if !prefix.is_empty() {
        if fill != ' ' {
            out.write_str(prefix)?;
            prefix = "";
        }
        width = width.saturating_sub(body.prefix.len());
        len -= body.prefix.len();
    }
    if width > len && !flags.left {
        write_fill(out, fill, width - len)?;
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.write_char(s)?;
        }
        out.write_str(prefix)?;
    }
    write_fill(out, '0', body.zeros)?;
    out.write_str(text)?;
    write_fill(out, ' ', width.saturating_sub(len))
}
