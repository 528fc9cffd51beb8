//! Laying out formatted text by a spec: fill, alignment, width, sign,
//! prefix, zero padding and thousands grouping, exactly as CPython 3.11.
//!
//! The digits come from elsewhere (`num`); this file only arranges them. A
//! number is written as
//!
//! ```text
//! | lpad | sign | prefix | spad | grouped digits | . | remainder | rpad |
//! ```
//!
//! where at most one of the three paddings is non-empty (`>`/`^` use lpad,
//! `<`/`^` rpad, `=` spad). With fill `0` and align `=` the padding instead
//! becomes leading zeros *inside* the grouping (`'0,001,234'`), never starting
//! with a separator: the digits are extended by the fewest zeros whose
//! grouped length reaches the width (one more than the width when the next
//! character would otherwise be a separator).
//!
//! Widths count characters (the fill may be any Unicode character), not bytes.

use core::fmt::Write;

use super::error::FmtError;
use super::spec::{Align, Sign, Spec};

type Result = core::result::Result<(), FmtError<'static>>;

/// Writes `count` copies of `c`.
pub fn write_fill(out: &mut dyn Write, c: char, count: usize) -> Result {
    if count == 0 {
        return Ok(());
    }
    // Copies go out in chunks of a small stack buffer: widths are usually
    // small, but one write per character would be slow for large ones.
    let mut buf = [0u8; 64];
    let one = c.encode_utf8(&mut [0u8; 4]).len();
    let per_chunk = buf.len() / one;
    let mut i = 0;
    while i < per_chunk.min(count) {
        c.encode_utf8(&mut buf[i * one..]);
        i += 1;
    }
    let chunk = core::str::from_utf8(&buf[..i * one]).map_err(|_| FmtError::Sink)?;
    let mut left = count;
    while left > 0 {
        let n = left.min(per_chunk);
        out.write_str(&chunk[..n * one])?;
        left -= n;
    }
    Ok(())
}

/// `(left, right)` padding for `len` characters in `width` by `align`.
fn split_padding(len: usize, width: Option<usize>, align: Align) -> (usize, usize) {
    let padding = width.unwrap_or(0).saturating_sub(len);
    match align {
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Left | Align::AfterSign => (0, padding),
    }
}

/// The byte length of the first `max` characters of `s` and their count.
pub(crate) fn char_prefix(s: &str, max: usize) -> (usize, usize) {
    match s.char_indices().nth(max) {
        Some((end, _)) => (end, max),
        None => (s.len(), s.chars().count()),
    }
}

/// Formats a string already checked by `plan::check_str`: precision keeps
/// that many characters, width pads them.
pub fn format_str(s: &str, spec: &Spec, out: &mut dyn Write) -> Result {
    let (end, len) = match spec.precision {
        Some(p) => char_prefix(s, p),
        None => (s.len(), s.chars().count()),
    };
    let (left, right) = split_padding(len, spec.width, spec.align);
    write_fill(out, spec.fill, left)?;
    out.write_str(&s[..end])?;
    write_fill(out, spec.fill, right)
}

/// Formats an integer from the ASCII digits of its magnitude (already in the
/// right radix and letter case) and its prefix (`0x`… or empty, from
/// `plan::IntPlan`).
pub fn format_int_digits(
    negative: bool,
    digits: &str,
    prefix: &str,
    spec: &Spec,
    out: &mut dyn Write,
) -> Result {
    let number = Number {
        negative,
        prefix,
        digits,
        decimal: false,
        remainder: "",
        suffix: "",
    };
    number.write(spec, out)
}

/// Formats `format(n, 'c')`: the character is laid out like a number with no
/// digits, so `=` and `0` pad before it.
pub fn format_char(c: char, spec: &Spec, out: &mut dyn Write) -> Result {
    let mut buf = [0u8; 4];
    let number = Number {
        negative: false,
        prefix: "",
        digits: "",
        decimal: false,
        remainder: c.encode_utf8(&mut buf),
        suffix: "",
    };
    number.write(spec, out)
}

/// Formats a float from the magnitude text of `num::float_fmt::format`
/// (digits, an optional `.`, then fraction, exponent, `%`, or `inf`/`nan`)
/// and its sign (`num::float_fmt::is_negative`). With `no_neg_zero` (the
/// `z` option) a magnitude that rounded to zero loses its `-`. Only the
/// digits before the point are grouped.
pub fn format_float_magnitude(
    negative: bool,
    magnitude: &str,
    no_neg_zero: bool,
    spec: &Spec,
    out: &mut dyn Write,
) -> Result {
    let negative = negative && !(no_neg_zero && rounds_to_zero(magnitude));
    float_number(negative, magnitude, "", spec, out)
}

/// Formats the whole text of a float as CPython's `PyOS_double_to_string`
/// gives it for a `plan::FloatPlan` (`-` first for negatives, `z` already
/// applied); `percent` appends the `%`.
pub fn format_float_text(text: &str, percent: bool, spec: &Spec, out: &mut dyn Write) -> Result {
    let (negative, magnitude) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    float_number(
        negative,
        magnitude,
        if percent { "%" } else { "" },
        spec,
        out,
    )
}

/// Whether a magnitude's mantissa has digits, all of them zero (`inf` has none).
fn rounds_to_zero(magnitude: &str) -> bool {
    let mantissa = magnitude.split(['e', 'E']).next().unwrap_or("");
    let mut digits = mantissa.bytes().filter(u8::is_ascii_digit).peekable();
    digits.peek().is_some() && digits.all(|d| d == b'0')
}

fn float_number(
    negative: bool,
    magnitude: &str,
    suffix: &str,
    spec: &Spec,
    out: &mut dyn Write,
) -> Result {
    let n_digits = magnitude.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = magnitude.split_at(n_digits);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let number = Number {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
        suffix,
    };
    number.write(spec, out)
}

/// The parts of a number, left to right.
struct Number<'t> {
    negative: bool,
    prefix: &'t str,
    digits: &'t str,
    decimal: bool,
    remainder: &'t str,
    suffix: &'t str,
}

impl Number<'_> {
    fn write(&self, spec: &Spec, out: &mut dyn Write) -> Result {
        let sign = match spec.sign {
            Some(Sign::Plus) => Some(if self.negative { '-' } else { '+' }),
            Some(Sign::Space) => Some(if self.negative { '-' } else { ' ' }),
            _ => self.negative.then_some('-'),
        };
        let non_digits = usize::from(sign.is_some())
            + self.prefix.chars().count()
            + usize::from(self.decimal)
            + self.remainder.chars().count()
            + self.suffix.len();
        let width = spec.width.unwrap_or(0);
        let zero_fill = spec.fill == '0' && spec.align == Align::AfterSign;
        let min_width = if zero_fill {
            width.saturating_sub(non_digits)
        } else {
            0
        };
        // Digits from elsewhere are ASCII; anything else is left ungrouped
        // rather than cut mid-character.
        let group = match spec.grouping.separator() {
            Some(sep) if self.digits.is_ascii() => Some(sep),
            _ => None,
        };
        let n_digits = self.digits.chars().count();
        let (zeros, grouped) = if n_digits == 0 {
            (0, 0)
        } else {
            zero_extend(n_digits, min_width, group.map(|(_, size)| size))
        };

        let padding = width.saturating_sub(non_digits + grouped);
        let (left, middle, right) = match spec.align {
            Align::Left => (0, 0, padding),
            Align::Right => (padding, 0, 0),
            Align::Center => (padding / 2, 0, padding - padding / 2),
            Align::AfterSign => (0, padding, 0),
        };
        write_fill(out, spec.fill, left)?;
        if let Some(sign) = sign {
            out.write_char(sign)?;
        }
        out.write_str(self.prefix)?;
        write_fill(out, spec.fill, middle)?;
        match group {
            Some((sep, size)) => write_grouped(self.digits, zeros, sep, size, out)?,
            None => {
                write_fill(out, '0', zeros)?;
                out.write_str(self.digits)?;
            }
        }
        if self.decimal {
            out.write_char('.')?;
        }
        out.write_str(self.remainder)?;
        out.write_str(self.suffix)?;
        write_fill(out, spec.fill, right)
    }
}

/// For `n` (≥ 1) digits that must fill `min_width` characters: how many
/// leading zeros to add and the resulting length with separators inserted
/// every `group` digits.
fn zero_extend(n: usize, min_width: usize, group: Option<usize>) -> (usize, usize) {
    let Some(g) = group else {
        let total = n.max(min_width);
        return (total - n, total);
    };
    let grouped_len = |t: usize| t + (t - 1) / g;
    if grouped_len(n) >= min_width {
        return (0, grouped_len(n));
    }
    // t + (t - 1) / g reaches min_width near t = min_width * g / (g + 1);
    // step from there to the smallest t that does.
    let mut t = (min_width - min_width / (g + 1)).max(n);
    while grouped_len(t) < min_width {
        t += 1;
    }
    while t > n && grouped_len(t - 1) >= min_width {
        t -= 1;
    }
    (t - n, grouped_len(t))
}

/// Writes `zeros` zeros then the ASCII `digits`, with `sep` between groups of
/// `size` counted from the right.
fn write_grouped(
    digits: &str,
    zeros: usize,
    sep: char,
    size: usize,
    out: &mut dyn Write,
) -> Result {
    let total = zeros + digits.len();
    if total == 0 || size == 0 {
        return Ok(());
    }
    let mut pos = 0;
    let mut group = (total - 1) % size + 1;
    while pos < total {
        if pos > 0 {
            out.write_char(sep)?;
        }
        let end = pos + group;
        if pos < zeros {
            write_fill(out, '0', end.min(zeros) - pos)?;
        }
        if end > zeros {
            let from = pos.max(zeros) - zeros;
            out.write_str(digits.get(from..end - zeros).unwrap_or(""))?;
        }
        pos = end;
        group = size;
    }
    Ok(())
}
