//! Formatting errors: one variant per message that CPython 3.11 raises from
//! format specs, `%`-formatting and `str.format` templates.
//!
//! The runtime turns a `FmtError` into a Python exception: [`FmtError::kind`]
//! says which class, `Display` writes the message exactly as CPython words it.
//! Variants that quote the spec or a type name borrow them (`'a`), so building
//! an error never allocates; drivers that quote nothing return
//! `FmtError<'static>`.

use core::fmt;

/// The Python exception class an error maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    IndexError,
    OverflowError,
    /// The output sink refused text: the heap is full.
    MemoryError,
}

/// A formatting failure with CPython's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FmtError<'a> {
    /// The output sink failed (the runtime's builder is out of memory).
    Sink,

    // Format-spec mini-language.
    /// More than one character left where the type code should be.
    InvalidSpec {
        spec: &'a str,
        type_name: &'a str,
    },
    TooManyDigits,
    MissingPrecision,
    CommaAndUnderscore,
    /// `','` or `'_'` with a type that does not group.
    GroupingWithType {
        sep: char,
        code: char,
    },
    UnknownFormatCode {
        code: char,
        type_name: &'a str,
    },
    SignInStr,
    SpaceInStr,
    NegZeroInStr,
    NegZeroInInt,
    AltInStr,
    EqualAlignInStr,
    PrecisionInInt,
    SignWithC,
    AltWithC,
    /// `format(n, 'c')` with n outside 0..=0x10FFFF.
    CharRange,
    PrecisionTooBig,

    // `%`-formatting.
    WidthTooBig,
    NotEnoughArgs,
    NotAllConverted,
    NotAllConvertedBytes,
    /// `code` is a code point (str) or a byte (bytes); `index` counts the same units.
    UnsupportedChar {
        code: u32,
        index: usize,
    },
    /// CPython reports a bytes template's non-ASCII conversion byte this way
    /// (its message formatter reads the byte as a negative `char`).
    CharArgRange,
    IncompleteFormat,
    IncompleteKey,
    NeedsMapping,
    StarWantsInt,
    CRequiresIntOrChar,
    CRequiresByte,
    /// bytes `%c` with an int outside 0..=255.
    ByteRange,
    /// `%d`, `%i`, `%u` (and bytes' too) given a non-number.
    RealNumberRequired {
        code: char,
        type_name: &'a str,
    },
    /// `%x`, `%X`, `%o` given a non-integer.
    IntegerRequired {
        code: char,
        type_name: &'a str,
    },
    /// bytes `%b`/`%s` given something without the buffer protocol.
    BytesRequired {
        type_name: &'a str,
    },

    // `str.format` templates.
    SingleRightBrace,
    SingleLeftBrace,
    BraceInFieldName,
    ExpectedRightBrace,
    EndBeforeConversion,
    ExpectedColon,
    UnmatchedBraceInSpec,
    UnknownConversion(char),
    MaxRecursion,
    AutoToManual,
    ManualToAuto,
    IndexOutOfRange(usize),
    PositionalInFormatMap,
    DotOrBracket,
    EmptyAttribute,
    MissingBracket,
}

impl From<fmt::Error> for FmtError<'_> {
    fn from(_: fmt::Error) -> Self {
        FmtError::Sink
    }
}

impl FmtError<'_> {
    /// The Python exception class to raise.
    pub fn kind(&self) -> ErrorKind {
        use FmtError::*;
        match self {
            Sink => ErrorKind::MemoryError,
            CharRange | CharArgRange | ByteRange => ErrorKind::OverflowError,
            IndexOutOfRange(_) => ErrorKind::IndexError,
            NotEnoughArgs
            | NotAllConverted
            | NotAllConvertedBytes
            | NeedsMapping
            | StarWantsInt
            | CRequiresIntOrChar
            | CRequiresByte
            | RealNumberRequired { .. }
            | IntegerRequired { .. }
            | BytesRequired { .. } => ErrorKind::TypeError,
            _ => ErrorKind::ValueError,
        }
    }
}

/// Writes `c` the way CPython's messages quote a code: itself when it is
/// printable ASCII in `lo..hi`, else `\x` and lowercase hex without padding.
fn code(f: &mut fmt::Formatter<'_>, c: char, lo: u32, hi: u32) -> fmt::Result {
    let n = u32::from(c);
    if lo < n && n < hi {
        write!(f, "{c}")
    } else {
        write!(f, "\\x{n:x}")
    }
}

impl fmt::Display for FmtError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FmtError::*;
        let s = match *self {
            Sink => "out of memory",
            InvalidSpec { spec, type_name } => {
                return write!(
                    f,
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )
            }
            TooManyDigits => "Too many decimal digits in format string",
            MissingPrecision => "Format specifier missing precision",
            CommaAndUnderscore => "Cannot specify both ',' and '_'.",
            GroupingWithType { sep, code: c } => {
                write!(f, "Cannot specify '{sep}' with '")?;
                code(f, c, 32, 128)?;
                "'."
            }
            UnknownFormatCode { code: c, type_name } => {
                f.write_str("Unknown format code '")?;
                code(f, c, 32, 128)?;
                return write!(f, "' for object of type '{type_name}'");
            }
            SignInStr => "Sign not allowed in string format specifier",
            SpaceInStr => "Space not allowed in string format specifier",
            NegZeroInStr => "Negative zero coercion (z) not allowed in string format specifier",
            NegZeroInInt => "Negative zero coercion (z) not allowed in integer format specifier",
            AltInStr => "Alternate form (#) not allowed in string format specifier",
            EqualAlignInStr => "'=' alignment not allowed in string format specifier",
            PrecisionInInt => "Precision not allowed in integer format specifier",
            SignWithC => "Sign not allowed with integer format specifier 'c'",
            AltWithC => "Alternate form (#) not allowed with integer format specifier 'c'",
            CharRange => "%c arg not in range(0x110000)",
            PrecisionTooBig => "precision too big",
            WidthTooBig => "width too big",
            NotEnoughArgs => "not enough arguments for format string",
            NotAllConverted => "not all arguments converted during string formatting",
            NotAllConvertedBytes => "not all arguments converted during bytes formatting",
            UnsupportedChar { code: c, index } => {
                let shown = match char::from_u32(c) {
                    Some(ch) if (31..=126).contains(&c) => ch,
                    _ => '?',
                };
                return write!(
                    f,
                    "unsupported format character '{shown}' (0x{c:x}) at index {index}"
                );
            }
            CharArgRange => "character argument not in range(0x110000)",
            IncompleteFormat => "incomplete format",
            IncompleteKey => "incomplete format key",
            NeedsMapping => "format requires a mapping",
            StarWantsInt => "* wants int",
            CRequiresIntOrChar => "%c requires int or char",
            CRequiresByte => "%c requires an integer in range(256) or a single byte",
            ByteRange => "%c arg not in range(256)",
            RealNumberRequired { code: c, type_name } => {
                return write!(f, "%{c} format: a real number is required, not {type_name}")
            }
            IntegerRequired { code: c, type_name } => {
                return write!(f, "%{c} format: an integer is required, not {type_name}")
            }
            BytesRequired { type_name } => {
                return write!(
                    f,
                    "%b requires a bytes-like object, or an object that implements \
                     __bytes__, not '{type_name}'"
                )
            }
            SingleRightBrace => "Single '}' encountered in format string",
            SingleLeftBrace => "Single '{' encountered in format string",
            BraceInFieldName => "unexpected '{' in field name",
            ExpectedRightBrace => "expected '}' before end of string",
            EndBeforeConversion => "end of string while looking for conversion specifier",
            ExpectedColon => "expected ':' after conversion specifier",
            UnmatchedBraceInSpec => "unmatched '{' in format spec",
            UnknownConversion(c) => {
                f.write_str("Unknown conversion specifier ")?;
                return code(f, c, 32, 127);
            }
            MaxRecursion => "Max string recursion exceeded",
            AutoToManual => {
                "cannot switch from automatic field numbering to manual field specification"
            }
            ManualToAuto => {
                "cannot switch from manual field specification to automatic field numbering"
            }
            IndexOutOfRange(i) => {
                return write!(
                    f,
                    "Replacement index {i} out of range for positional args tuple"
                )
            }
            PositionalInFormatMap => "Format string contains positional fields",
            DotOrBracket => "Only '.' or '[' may follow ']' in format field specifier",
            EmptyAttribute => "Empty attribute in format string",
            MissingBracket => "Missing ']' in format string",
        };
        f.write_str(s)
    }
}
