//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//!
//! ```text
//! [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//!   fill      any character, only together with an align
//!   align     '<' left, '>' right, '^' centre, '=' pad after the sign
//!   sign      '+' always, '-' negatives only, ' ' space for positives
//!   z         turn a negative zero float into a positive one
//!   #         alternate form: 0b/0o/0x prefixes, keep the float point
//!   0         fill with '0' after the sign (unless a fill is given)
//!   grouping  ',' or '_' thousands separators ('_' every 4 in b/o/x/X)
//! ```
//!
//! Parsing follows CPython 3.11 step for step (each field is optional and
//! read at most once, in this order; what is left must be a single type
//! character), so the same specs are accepted and the same errors raised, in
//! the same order. Only the checks that need no knowledge of the value's type
//! happen here; `plan.rs` does the per-type ones.
//!
//! Digits are ASCII only (CPython also takes other Unicode decimal digits).

use super::error::FmtError;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`: left gets the smaller half.
    Center,
    /// `=`: between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

/// Thousands separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every 3 digits.
    Comma,
    /// `_` every 3 digits (decimal types).
    Underscore,
    /// `_` every 4 digits (types b, o, x, X).
    Underscore4,
}

impl Grouping {
    /// The separator and the group size, if any.
    pub fn separator(self) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::Underscore4 => Some(('_', 4)),
        }
    }
}

/// Which defaults a spec starts from: the type of the value being formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Type `s`, left aligned.
    Str,
    /// Type `d`, right aligned.
    Int,
    /// No type (repr-like), right aligned; also complex numbers.
    Float,
}

/// A parsed format spec; absent fields hold their defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub fill: char,
    pub align: Align,
    /// `None` when no sign was written (the `-` behaviour, but strings reject
    /// any explicit sign).
    pub sign: Option<Sign>,
    /// The `z` option.
    pub no_neg_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type; the kind's default when omitted (`None` for floats).
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of ASCII digits at the front of `rest`: `(value, digits read)`.
/// The limit is the platform's `isize::MAX`, as CPython's `Py_ssize_t`.
pub(crate) fn leading_integer(rest: &mut &str) -> Result<(usize, usize), FmtError<'static>> {
    let mut value: usize = 0;
    let mut count = 0;
    for b in rest.bytes() {
        if !b.is_ascii_digit() {
            break;
        }
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(usize::from(b - b'0')))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or(FmtError::TooManyDigits)?;
        count += 1;
    }
    *rest = &rest[count..];
    Ok((value, count))
}

/// Removes `c` from the front of `rest` if it is there.
fn eat(rest: &mut &str, c: char) -> bool {
    match rest.strip_prefix(c) {
        Some(r) => {
            *rest = r;
            true
        }
        None => false,
    }
}

impl Spec {
    /// The spec of `format(x, '')` for a value of `kind`.
    pub fn default_for(kind: Kind) -> Spec {
        let (ty, align) = match kind {
            Kind::Str => (Some('s'), Align::Left),
            Kind::Int => (Some('d'), Align::Right),
            Kind::Float => (None, Align::Right),
        };
        Spec {
            fill: ' ',
            align,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty,
        }
    }

    /// Parses `text` for a value of `kind` whose Python type is called
    /// `type_name` (quoted by the "Invalid format specifier" message).
    pub fn parse<'a>(text: &'a str, kind: Kind, type_name: &'a str) -> Result<Spec, FmtError<'a>> {
        let mut spec = Spec::default_for(kind);
        let mut rest = text;

        let mut chars = rest.chars();
        let first = chars.next();
        let second = chars.next();
        let mut fill_given = false;
        let mut align_given = false;
        if let (Some(fill), Some(align)) = (first, second.and_then(align_of)) {
            spec.fill = fill;
            spec.align = align;
            fill_given = true;
            align_given = true;
            rest = chars.as_str();
        } else if let Some(align) = first.and_then(align_of) {
            spec.align = align;
            align_given = true;
            rest = &rest[1..];
        }

        spec.sign = match rest.as_bytes().first() {
            Some(b'+') => Some(Sign::Plus),
            Some(b'-') => Some(Sign::Minus),
            Some(b' ') => Some(Sign::Space),
            _ => None,
        };
        if spec.sign.is_some() {
            rest = &rest[1..];
        }
        spec.no_neg_zero = eat(&mut rest, 'z');
        spec.alternate = eat(&mut rest, '#');
        // Zero padding predates the fill/align syntax: it means fill '0'
        // after the sign, unless an explicit fill says otherwise.
        if !fill_given && eat(&mut rest, '0') {
            spec.fill = '0';
            if !align_given && spec.align == Align::Right {
                spec.align = Align::AfterSign;
            }
        }

        let (width, digits) = leading_integer(&mut rest)?;
        spec.width = (digits > 0).then_some(width);

        if eat(&mut rest, ',') {
            spec.grouping = Grouping::Comma;
        }
        if eat(&mut rest, '_') {
            if spec.grouping != Grouping::None {
                return Err(FmtError::CommaAndUnderscore);
            }
            spec.grouping = Grouping::Underscore;
        }
        if rest.starts_with(',') && spec.grouping == Grouping::Underscore {
            return Err(FmtError::CommaAndUnderscore);
        }

        if eat(&mut rest, '.') {
            let (precision, digits) = leading_integer(&mut rest)?;
            if digits == 0 {
                return Err(FmtError::MissingPrecision);
            }
            spec.precision = Some(precision);
        }

        let mut chars = rest.chars();
        if let Some(ty) = chars.next() {
            if !chars.as_str().is_empty() {
                return Err(FmtError::InvalidSpec {
                    spec: text,
                    type_name,
                });
            }
            spec.ty = Some(ty);
        }

        if let Some((sep, _)) = spec.grouping.separator() {
            match spec.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if spec.grouping == Grouping::Underscore => {
                    spec.grouping = Grouping::Underscore4;
                }
                Some(code) => return Err(FmtError::GroupingWithType { sep, code }),
            }
        }
        Ok(spec)
    }
}
