//! The few transcendental functions the core needs without `std`
//! (`float ** float`): natural log and exp by range reduction and short
//! series, accurate to a few ulps. `math` module code may replace these
//! with a full libm.

const LN2: f64 = core::f64::consts::LN_2;

/// `e ** x`.
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.8 {
        return f64::INFINITY;
    }
    if x < -745.2 {
        return 0.0;
    }
    // x = k·ln2 + r, |r| <= ln2/2; e^x = 2^k · e^r.
    let k = (x / LN2 + if x < 0.0 { -0.5 } else { 0.5 }) as i64;
    let r = x - k as f64 * LN2;
    let (mut term, mut sum) = (1.0f64, 1.0f64);
    for n in 1..30 {
        term *= r / n as f64;
        sum += term;
        if term.abs() < 1e-18 {
            break;
        }
    }
    scale(sum, k)
}

/// `sum · 2^k` without overflow in the intermediate power.
fn scale(mut v: f64, mut k: i64) -> f64 {
    while k > 1000 {
        v *= f64::from_bits(((1023 + 1000) as u64) << 52);
        k -= 1000;
    }
    while k < -1000 {
        v *= f64::from_bits(((1023 - 1000) as u64) << 52);
        k += 1000;
    }
    v * f64::from_bits(((1023 + k) as u64) << 52)
}

/// The natural logarithm (NaN below zero, -inf at zero).
pub fn ln(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    // x = m · 2^e with m in [sqrt(1/2), sqrt(2)); ln m by atanh series.
    let (mut m, mut e) = (x, 0i64);
    if m < f64::MIN_POSITIVE {
        m *= 18014398509481984.0; // 2^54: lift subnormals
        e -= 54;
    }
    let bits = m.to_bits();
    e += ((bits >> 52) & 0x7ff) as i64 - 1023;
    m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1023u64 << 52));
    if m > core::f64::consts::SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let (mut term, mut sum) = (s, 0.0f64);
    let mut n = 1.0;
    while n < 60.0 {
        sum += term / n;
        term *= s2;
        n += 2.0;
    }
    2.0 * sum + e as f64 * LN2
}
