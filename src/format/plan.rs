//! What a parsed spec asks of each builtin type: the type-specific checks of
//! CPython 3.11 (in its order: first the type code, then the options the
//! type refuses), and the recipe the runtime follows to produce the digits
//! that `pad.rs` then lays out.
//!
//! ```text
//! str   : check_str(spec)            -> pad::format_str
//! int   : IntPlan::new(spec)         -> Radix -> digits -> pad::format_int_digits
//!                                       Char  -> char   -> pad::format_char
//!                                       Float -> as float, below
//! float : FloatPlan::new(spec)       -> num::float_fmt -> pad::format_float_magnitude
//! ```

use super::error::FmtError;
use super::spec::{Align, Sign, Spec};

/// Validates a spec for a `str` value (`type_name` may be a subclass's name).
pub fn check_str<'a>(spec: &Spec, type_name: &'a str) -> Result<(), FmtError<'a>> {
    match spec.ty {
        Some('s') | None => {}
        Some(code) => return Err(FmtError::UnknownFormatCode { code, type_name }),
    }
    match spec.sign {
        Some(Sign::Space) => return Err(FmtError::SpaceInStr),
        Some(_) => return Err(FmtError::SignInStr),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FmtError::NegZeroInStr);
    }
    if spec.alternate {
        return Err(FmtError::AltInStr);
    }
    if spec.align == Align::AfterSign {
        return Err(FmtError::EqualAlignInStr);
    }
    Ok(())
}

/// How to render an `int` for a spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntPlan {
    /// Digits of the magnitude in `radix` (upper-case letters if `upper`),
    /// then `pad::format_int_digits` with `prefix` (empty unless `#`).
    Radix {
        radix: u32,
        upper: bool,
        prefix: &'static str,
    },
    /// The character with this code (`OverflowError` `FmtError::CharRange`
    /// outside 0..=0x10FFFF), then `pad::format_char`.
    Char,
    /// Convert to float and follow this plan.
    Float(FloatPlan),
}

impl IntPlan {
    /// Validates `spec` for an `int` (or `bool`) value called `type_name`.
    pub fn new<'a>(spec: &Spec, type_name: &'a str) -> Result<IntPlan, FmtError<'a>> {
        let (radix, upper, alt_prefix) = match spec.ty {
            Some('b') => (2, false, "0b"),
            Some('o') => (8, false, "0o"),
            Some('x') => (16, false, "0x"),
            Some('X') => (16, true, "0X"),
            Some('d' | 'n') | None => (10, false, ""),
            Some('c') => (0, false, ""),
            Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                return Ok(IntPlan::Float(FloatPlan::new_unchecked(spec)?));
            }
            Some(code) => return Err(FmtError::UnknownFormatCode { code, type_name }),
        };
        if spec.precision.is_some() {
            return Err(FmtError::PrecisionInInt);
        }
        if spec.no_neg_zero {
            return Err(FmtError::NegZeroInInt);
        }
        if radix == 0 {
            if spec.sign.is_some() {
                return Err(FmtError::SignWithC);
            }
            if spec.alternate {
                return Err(FmtError::AltWithC);
            }
            return Ok(IntPlan::Char);
        }
        let prefix = if spec.alternate { alt_prefix } else { "" };
        Ok(IntPlan::Radix {
            radix,
            upper,
            prefix,
        })
    }
}

/// What the float formatter must produce: CPython's
/// `PyOS_double_to_string(value * (100 if percent), code, precision, flags)`.
///
/// With `num::float_fmt`, which writes the magnitude (`%` included) and
/// leaves the sign and `z` to the layout:
///
/// ```text
/// code 'r'                 -> FloatKind::Repr,    precision None
/// code 'g'/'G', add_dot_0  -> FloatKind::Repr,    Some(precision)
/// code 'g'/'G'             -> FloatKind::General, Some(precision)
/// code 'e'/'E'             -> FloatKind::Exp,     Some(precision)
/// code 'f'/'F', percent    -> FloatKind::Percent, Some(precision)
/// code 'f'/'F'             -> FloatKind::Fixed,   Some(precision)
/// upper = code is upper case, alternate = alternate
/// then pad::format_float_magnitude(is_negative(x), text, no_neg_zero, spec, out)
/// ```
///
/// A formatter that returns CPython's whole text instead (`-` first, `z`
/// applied, no `%`) hands it to `pad::format_float_text` with `percent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatPlan {
    /// `e E f F g G`, or `r` for the shortest repr form (precision unused).
    pub code: char,
    pub precision: usize,
    /// `#`: keep the point and trailing zeros (`Py_DTSF_ALT`).
    pub alternate: bool,
    /// Make integral results end in `.0` (`Py_DTSF_ADD_DOT_0`): the no-type form.
    pub add_dot_0: bool,
    /// `z`: a result that rounds to negative zero loses its sign.
    pub no_neg_zero: bool,
    /// `%`: multiply by 100 first; the layout appends the `%`.
    pub percent: bool,
}

/// CPython stores precisions in a C `int`.
const MAX_PRECISION: usize = i32::MAX as usize;

impl FloatPlan {
    /// Validates `spec` for a `float` value called `type_name`.
    pub fn new<'a>(spec: &Spec, type_name: &'a str) -> Result<FloatPlan, FmtError<'a>> {
        match spec.ty {
            None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
                Ok(FloatPlan::new_unchecked(spec)?)
            }
            Some(code) => Err(FmtError::UnknownFormatCode { code, type_name }),
        }
    }

    /// The plan for a spec whose type is already known to be a float type.
    fn new_unchecked(spec: &Spec) -> Result<FloatPlan, FmtError<'static>> {
        if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
            return Err(FmtError::PrecisionTooBig);
        }
        let mut plan = FloatPlan {
            code: 'g',
            precision: spec.precision.unwrap_or(6),
            alternate: spec.alternate,
            add_dot_0: false,
            no_neg_zero: spec.no_neg_zero,
            percent: false,
        };
        match spec.ty {
            // Like repr without a precision, else like 'g' but always
            // showing a fractional part.
            None => {
                plan.add_dot_0 = true;
                plan.code = if spec.precision.is_some() { 'g' } else { 'r' };
                plan.precision = spec.precision.unwrap_or(0);
            }
            // 'n' is 'g' in the C locale, the only one there is here.
            Some('n') => plan.code = 'g',
            Some('%') => {
                plan.code = 'f';
                plan.percent = true;
            }
            Some(code) => plan.code = code,
        }
        Ok(plan)
    }
}
