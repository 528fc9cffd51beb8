//! The `%` operator of `str` and `bytes`: parses the template and drives
//! the conversions, calling back into the runtime for argument values and
//! for turning one value into text.
//!
//! A conversion is
//!
//! ```text
//! %[(key)][flags][width][.precision][h|l|L]code
//!   key        balanced parentheses; the value is right_operand[key]
//!   flags      any of - + space # 0
//!   width      digits, or * (taken from the next argument; negative means -)
//!   precision  digits, or * (negative means 0)
//!   code       s r a c d i u o x X e E f F g G, and b for bytes; %% is '%'
//! ```
//!
//! Arguments are counted as CPython counts them: a tuple right operand gives
//! its items in order; anything else is one argument; a `%(key)` conversion
//! replaces that one argument by the mapping's value for `key` (so `*` after
//! a key consumes it). Errors come in CPython's order: a missing argument is
//! reported before an unsupported conversion character.

use super::error::FmtError;
use super::plan::FloatPlan;
use super::spec::leading_integer;

/// The flag characters of one conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space for positive numbers.
    pub space: bool,
    /// `#`: `0x`/`0o` prefixes, keep the float point.
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// One parsed conversion, with `*` fields already resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    pub flags: Flags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// One of `s r a c d i u o x X e E f F g G` (`b` too for bytes).
    pub code: u8,
}

impl Conversion {
    /// The float formatter's request for `e E f F g G` (see `FloatPlan`
    /// for the matching `num::float_fmt::FloatSpec`).
    pub fn float_plan(&self) -> FloatPlan {
        FloatPlan {
            code: char::from(self.code),
            precision: self.precision.unwrap_or(6),
            alternate: self.flags.alternate,
            add_dot_0: false,
            no_neg_zero: false,
            percent: false,
        }
    }
}

/// The runtime's side of a `%` operation: the right operand, and the output.
pub trait PercentArgs {
    /// A runtime value (one argument).
    type Value;
    /// The runtime's exception type.
    type Error: From<FmtError<'static>>;

    /// `Some(len)` if the right operand is a tuple, `None` for any other object.
    fn tuple_len(&self) -> Option<usize>;
    /// Item `index` (< `tuple_len`) of the tuple operand.
    fn tuple_item(&mut self, index: usize) -> Self::Value;
    /// The right operand itself, when it is not a tuple.
    fn whole(&mut self) -> Self::Value;
    /// Whether the right operand counts as a mapping: as CPython's
    /// `PyMapping_Check`, anything with `__getitem__` (lists too) except a
    /// tuple or a str (bytes, for a bytes template). Such an operand may
    /// go unused without error.
    fn is_mapping(&self) -> bool;
    /// `right_operand[key]` (raising `KeyError` as the runtime does); `key`
    /// is UTF-8 for a str template, raw bytes for a bytes template.
    fn lookup(&mut self, key: &[u8]) -> Result<Self::Value, Self::Error>;
    /// The value as an index for `*`, or `None` if it is not an int.
    fn star(&mut self, value: Self::Value) -> Result<Option<isize>, Self::Error>;
    /// Appends template text (valid UTF-8 for a str template).
    fn literal(&mut self, text: &[u8]) -> Result<(), Self::Error>;
    /// Appends `value` converted by `conv` (see `percent_pad` for the layout).
    fn convert(&mut self, value: Self::Value, conv: &Conversion) -> Result<(), Self::Error>;
}

/// Runs `template % args` for a `str` template.
pub fn format_str<A: PercentArgs>(template: &str, args: &mut A) -> Result<(), A::Error> {
    Driver::new(template.as_bytes(), true, args).run()
}

/// Runs `template % args` for a `bytes` template.
pub fn format_bytes<A: PercentArgs>(template: &[u8], args: &mut A) -> Result<(), A::Error> {
    Driver::new(template, false, args).run()
}

/// CPython stores precisions in a C `int`.
const MAX_PRECISION: usize = i32::MAX as usize;

struct Driver<'t, 'a, A: PercentArgs> {
    template: &'t [u8],
    /// Str templates count error indices in characters, bytes in bytes.
    is_str: bool,
    args: &'a mut A,
    pos: usize,
    /// CPython's argument cursor: `index < len` while arguments remain; a
    /// single (non-tuple) argument is `len == -1`, `index == -2`.
    index: isize,
    len: isize,
    /// The value of the last `%(key)`, standing in for the single argument.
    keyed: Option<A::Value>,
    mapping: bool,
}

impl<'t, 'a, A: PercentArgs> Driver<'t, 'a, A> {
    fn new(template: &'t [u8], is_str: bool, args: &'a mut A) -> Self {
        let (index, len) = match args.tuple_len() {
            Some(n) => (0, isize::try_from(n).unwrap_or(isize::MAX)),
            None => (-2, -1),
        };
        let mapping = args.is_mapping();
        Driver {
            template,
            is_str,
            args,
            pos: 0,
            index,
            len,
            keyed: None,
            mapping,
        }
    }

    fn run(mut self) -> Result<(), A::Error> {
        while self.pos < self.template.len() {
            let rest = &self.template[self.pos..];
            match rest.iter().position(|&b| b == b'%') {
                Some(0) => {
                    self.pos += 1;
                    self.conversion()?;
                }
                Some(n) => {
                    self.args.literal(&rest[..n])?;
                    self.pos += n;
                }
                None => {
                    self.args.literal(rest)?;
                    self.pos = self.template.len();
                }
            }
        }
        if self.index < self.len && !self.mapping {
            return Err(self.not_all_converted().into());
        }
        Ok(())
    }

    fn not_all_converted(&self) -> FmtError<'static> {
        if self.is_str {
            FmtError::NotAllConverted
        } else {
            FmtError::NotAllConvertedBytes
        }
    }

    fn peek(&self) -> Option<u8> {
        self.template.get(self.pos).copied()
    }

    fn next_arg(&mut self) -> Result<A::Value, A::Error> {
        if self.index < self.len {
            let i = self.index;
            self.index += 1;
            if self.len < 0 {
                return match self.keyed.take() {
                    Some(value) => Ok(value),
                    None => Ok(self.args.whole()),
                };
            }
            // `0 <= i < len` here, and `len` came from a `usize`.
            return Ok(self.args.tuple_item(i as usize));
        }
        Err(FmtError::NotEnoughArgs.into())
    }

    /// The value of a `*`: `Err` unless it is an int.
    fn star(&mut self) -> Result<isize, A::Error> {
        let value = self.next_arg()?;
        self.args
            .star(value)?
            .ok_or_else(|| FmtError::StarWantsInt.into())
    }

    /// Reads decimal digits at `pos`, at most `max`.
    fn digits(
        &mut self,
        max: usize,
        too_big: FmtError<'static>,
    ) -> Result<usize, FmtError<'static>> {
        let rest = &self.template[self.pos..];
        let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        // ASCII digits are valid UTF-8.
        let mut text = core::str::from_utf8(&rest[..n]).unwrap_or("");
        let value = leading_integer(&mut text).map_err(|_| too_big)?.0;
        self.pos += n;
        if value > max {
            return Err(too_big);
        }
        Ok(value)
    }

    /// Handles one conversion; `pos` is just past its `%`.
    fn conversion(&mut self) -> Result<(), A::Error> {
        if self.peek() == Some(b'%') {
            self.pos += 1;
            return self.args.literal(b"%");
        }
        if self.peek() == Some(b'(') {
            self.key()?;
        }

        let mut flags = Flags::default();
        loop {
            match self.peek() {
                Some(b'-') => flags.left = true,
                Some(b'+') => flags.plus = true,
                Some(b' ') => flags.space = true,
                Some(b'#') => flags.alternate = true,
                Some(b'0') => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }

        let mut width = None;
        match self.peek() {
            Some(b'*') => {
                let w = self.star()?;
                if w < 0 {
                    flags.left = true;
                }
                width = Some(w.unsigned_abs());
                self.pos += 1;
            }
            Some(b'0'..=b'9') => {
                width = Some(self.digits(isize::MAX as usize, FmtError::WidthTooBig)?);
            }
            _ => {}
        }

        let mut precision = None;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            precision = Some(0);
            match self.peek() {
                Some(b'*') => {
                    let p = self.star()?;
                    let p = usize::try_from(p).unwrap_or(0);
                    if p > MAX_PRECISION {
                        return Err(FmtError::PrecisionTooBig.into());
                    }
                    precision = Some(p);
                    self.pos += 1;
                }
                Some(b'0'..=b'9') => {
                    precision = Some(self.digits(MAX_PRECISION, FmtError::PrecisionTooBig)?);
                }
                _ => {}
            }
        }

        if matches!(self.peek(), Some(b'h' | b'l' | b'L')) {
            self.pos += 1;
        }
        let Some(code) = self.peek() else {
            return Err(FmtError::IncompleteFormat.into());
        };
        let code_pos = self.pos;
        self.pos += if self.is_str { utf8_len(code) } else { 1 };

        let value = self.next_arg()?;
        let valid: &[u8] = if self.is_str {
            b"sracdiuoxXeEfFgG"
        } else {
            b"bsracdiuoxXeEfFgG"
        };
        if !valid.contains(&code) {
            return Err(self.unsupported(code_pos).into());
        }
        let conv = Conversion {
            flags,
            width,
            precision,
            code,
        };
        self.args.convert(value, &conv)?;
        if self.mapping && self.index < self.len {
            return Err(self.not_all_converted().into());
        }
        Ok(())
    }

    /// Reads `(key)` at `pos` and makes its value the current argument.
    fn key(&mut self) -> Result<(), A::Error> {
        if !self.mapping {
            return Err(FmtError::NeedsMapping.into());
        }
        let start = self.pos + 1;
        let mut depth = 1usize;
        let mut end = start;
        while depth > 0 {
            match self.template.get(end) {
                Some(b')') => depth -= 1,
                Some(b'(') => depth += 1,
                Some(_) => {}
                None => return Err(FmtError::IncompleteKey.into()),
            }
            end += 1;
        }
        self.pos = end;
        let value = self.args.lookup(&self.template[start..end - 1])?;
        self.keyed = Some(value);
        self.index = -2;
        self.len = -1;
        Ok(())
    }

    /// The error for an unknown conversion character at byte `pos`.
    fn unsupported(&self, pos: usize) -> FmtError<'static> {
        let head = &self.template[..pos];
        if !self.is_str {
            let code = self.template[pos];
            if code >= 0x80 {
                return FmtError::CharArgRange;
            }
            return FmtError::UnsupportedChar {
                code: u32::from(code),
                index: pos,
            };
        }
        // A str template is UTF-8: count characters, decode the one at `pos`.
        let index = head.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        let tail = &self.template[pos..];
        let code = core::str::from_utf8(&tail[..utf8_len(tail[0]).min(tail.len())])
            .ok()
            .and_then(|s| s.chars().next())
            .map_or(0xFFFD, u32::from);
        FmtError::UnsupportedChar { code, index }
    }
}

/// The length of the UTF-8 sequence that starts with `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}
