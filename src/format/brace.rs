//! `str.format` / `str.format_map` templates: parses the template and drives
//! the replacement fields, calling back into the runtime to look values up
//! and to format them.
//!
//! ```text
//! template := (text | '{{' | '}}' | field)*
//! field    := '{' name ('.' attr | '[' key ']')* ['!' r|s|a] [':' spec] '}'
//! name     := '' (auto-numbered) | digits (positional) | identifier (keyword)
//! ```
//!
//! A spec may itself hold fields (`{:{width}}`), expanded first with the
//! same arguments and numbering, one level deep only. Auto numbering (`{}`)
//! and manual numbering (`{0}`) cannot be mixed. Everything happens left to
//! right as CPython 3.11 does it, so side effects (`__format__`, `__getattr__`)
//! and errors come in the same order. Digits are ASCII only.

use alloc::string::String;
use core::fmt::Write;

use super::error::FmtError;

/// A `!` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!r`: `repr()`.
    Repr,
    /// `!s`: `str()`.
    Str,
    /// `!a`: `ascii()`.
    Ascii,
}

/// The runtime's side of a `str.format` call.
pub trait BraceArgs {
    /// A runtime value.
    type Value;
    /// The runtime's exception type.
    type Error: From<FmtError<'static>>;

    /// False for `format_map`, which has no positional arguments.
    fn has_positional(&self) -> bool {
        true
    }
    /// Positional argument `index`, or `None` if there are not that many.
    fn positional(&mut self, index: usize) -> Result<Option<Self::Value>, Self::Error>;
    /// Keyword argument `name` (`KeyError` from the runtime if missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(value, name)`.
    fn attr(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for an all-digit key.
    fn item_index(&mut self, value: Self::Value, index: usize) -> Result<Self::Value, Self::Error>;
    /// `value[key]` for any other key (a str, even `-1`).
    fn item_key(&mut self, value: Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `repr`, `str` or `ascii` of `value`.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// Writes `format(value, spec)` to `out`.
    fn render(
        &mut self,
        value: Self::Value,
        spec: &str,
        out: &mut dyn Write,
    ) -> Result<(), Self::Error>;
}

/// Writes `template.format(...)` to `out`.
pub fn format<A: BraceArgs>(
    template: &str,
    args: &mut A,
    out: &mut dyn Write,
) -> Result<(), A::Error> {
    let mut numbering = Numbering::Unset;
    build(template, args, out, MAX_DEPTH, &mut numbering)
}

/// How deep specs may nest: `{:{}}` works, `{:{:{}}}` does not (CPython's 2).
const MAX_DEPTH: u32 = 2;

/// Which kind of numeric field names the template has used so far.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    /// `{}` fields; holds the next number.
    Auto(usize),
    /// `{0}` fields.
    Manual,
}

/// One replacement field, split up.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The spec holds fields of its own.
    nested: bool,
}

fn build<A: BraceArgs>(
    template: &str,
    args: &mut A,
    out: &mut dyn Write,
    depth: u32,
    numbering: &mut Numbering,
) -> Result<(), A::Error> {
    if depth == 0 {
        return Err(FmtError::MaxRecursion.into());
    }
    let mut rest = template;
    while !rest.is_empty() {
        let Some(at) = rest.find(['{', '}']) else {
            out.write_str(rest).map_err(FmtError::from)?;
            break;
        };
        let brace = rest.as_bytes()[at];
        let after = &rest[at + 1..];
        if after.as_bytes().first() == Some(&brace) {
            // A doubled brace is one literal brace.
            out.write_str(&rest[..=at]).map_err(FmtError::from)?;
            rest = &after[1..];
            continue;
        }
        if brace == b'}' {
            return Err(FmtError::SingleRightBrace.into());
        }
        if after.is_empty() {
            return Err(FmtError::SingleLeftBrace.into());
        }
        out.write_str(&rest[..at]).map_err(FmtError::from)?;
        let (field, tail) = split_field(after)?;
        rest = tail;
        output_field(&field, args, out, depth, numbering)?;
    }
    Ok(())
}

/// Splits the field at the start of `s` (just after its `{`); returns it and
/// the text after its closing `}`.
fn split_field(s: &str) -> Result<(Field<'_>, &str), FmtError<'static>> {
    let bytes = s.as_bytes();
    let mut i = 0;
    // The name ends at ':', '!' or '}', but not inside '[...]'.
    let stop = loop {
        let Some(&b) = bytes.get(i) else {
            return Err(FmtError::ExpectedRightBrace);
        };
        i += 1;
        match b {
            b'{' => return Err(FmtError::BraceInFieldName),
            b'[' => {
                while bytes.get(i).is_some_and(|&c| c != b']') {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => break b,
            _ => {}
        }
    };
    let mut field = Field {
        name: &s[..i - 1],
        conversion: None,
        spec: "",
        nested: false,
    };
    if stop == b'}' {
        return Ok((field, &s[i..]));
    }
    if stop == b'!' {
        let mut chars = s[i..].chars();
        let Some(c) = chars.next() else {
            return Err(FmtError::EndBeforeConversion);
        };
        field.conversion = Some(c);
        i += c.len_utf8();
        match bytes.get(i) {
            Some(b'}') => return Ok((field, &s[i + 1..])),
            Some(b':') => i += 1,
            Some(_) => return Err(FmtError::ExpectedColon),
            None => {}
        }
    }
    // The spec runs to the '}' that balances the field's '{'.
    let start = i;
    let mut depth = 1usize;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'{' => {
                field.nested = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &s[start..i - 1];
                    return Ok((field, &s[i..]));
                }
            }
            _ => {}
        }
    }
    Err(FmtError::UnmatchedBraceInSpec)
}

fn output_field<A: BraceArgs>(
    field: &Field<'_>,
    args: &mut A,
    out: &mut dyn Write,
    depth: u32,
    numbering: &mut Numbering,
) -> Result<(), A::Error> {
    let mut value = lookup(field.name, args, numbering)?;
    if let Some(c) = field.conversion {
        let conversion = match c {
            'r' => Conversion::Repr,
            's' => Conversion::Str,
            'a' => Conversion::Ascii,
            _ => return Err(FmtError::UnknownConversion(c).into()),
        };
        value = args.convert(value, conversion)?;
    }
    if field.nested {
        let mut spec = String::new();
        build(field.spec, args, &mut spec, depth - 1, numbering)?;
        args.render(value, &spec, out)
    } else {
        args.render(value, field.spec, out)
    }
}

/// A field-name integer: `Some` for all ASCII digits (not empty).
fn field_integer(s: &str) -> Result<Option<usize>, FmtError<'static>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let mut text = s;
    Ok(Some(super::spec::leading_integer(&mut text)?.0))
}

/// Resolves a field name (`0`, `name`, `0.attr[key]`, `` …) to its value.
fn lookup<A: BraceArgs>(
    name: &str,
    args: &mut A,
    numbering: &mut Numbering,
) -> Result<A::Value, A::Error> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let index = match field_integer(first)? {
        Some(index) => {
            if *numbering == Numbering::Unset {
                *numbering = Numbering::Manual;
            }
            if let Numbering::Auto(_) = numbering {
                return Err(FmtError::AutoToManual.into());
            }
            Some(index)
        }
        None if first.is_empty() => match *numbering {
            Numbering::Manual => return Err(FmtError::ManualToAuto.into()),
            Numbering::Unset => {
                *numbering = Numbering::Auto(1);
                Some(0)
            }
            Numbering::Auto(next) => {
                *numbering = Numbering::Auto(next + 1);
                Some(next)
            }
        },
        None => None,
    };
    let mut value = match index {
        None => args.keyword(first)?,
        Some(_) if !args.has_positional() => return Err(FmtError::PositionalInFormatMap.into()),
        Some(i) => match args.positional(i)? {
            Some(v) => v,
            None => return Err(FmtError::IndexOutOfRange(i).into()),
        },
    };

    while let Some(&lead) = rest.as_bytes().first() {
        if lead != b'.' && lead != b'[' {
            return Err(FmtError::DotOrBracket.into());
        }
        let body = &rest[1..];
        if lead == b'.' {
            let end = body.find(['.', '[']).unwrap_or(body.len());
            let name = &body[..end];
            rest = &body[end..];
            if name.is_empty() {
                return Err(FmtError::EmptyAttribute.into());
            }
            value = args.attr(value, name)?;
        } else {
            let Some(end) = body.find(']') else {
                return Err(FmtError::MissingBracket.into());
            };
            let key = &body[..end];
            rest = &body[end + 1..];
            if key.is_empty() {
                return Err(FmtError::EmptyAttribute.into());
            }
            value = match field_integer(key)? {
                Some(i) => args.item_index(value, i)?,
                None => args.item_key(value, key)?,
            };
        }
    }
    Ok(value)
}
