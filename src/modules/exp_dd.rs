//! `e ** x` rounded correctly (to nearest, as glibc's `exp` that CPython
//! uses), where `libm::exp` may be one unit in the last place off
//! (`exp(1)` gives `2.7182818284590455`).
//!
//! Double-double arithmetic (a value as an unevaluated sum `hi + lo`, about
//! 106 bits) carries the whole computation:
//!
//! ```text
//!   x = k·ln2 + r          k an integer, |r| <= ln2/2, r as double-double
//!   exp(r) = (exp(r/256))^256:  t = exp(r/256) - 1 by 12 Taylor terms,
//!                               then t <- 2t + t² eight times (squares of 1 + t)
//!   exp(x) = 2^k · (1 + t), rounded once to a double
//! ```

/// `(a + b)` exactly, as a sum of the rounded result and its error.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// A double-double, normalised so that `|lo| <= ulp(hi)/2`.
#[derive(Copy, Clone)]
struct Dd(f64, f64);

impl Dd {
    fn add(self, o: Dd) -> Dd {
        let (s, e) = two_sum(self.0, o.0);
        let (h, l) = two_sum(s, e + self.1 + o.1);
        Dd(h, l)
    }

    fn mul(self, o: Dd) -> Dd {
        let p = self.0 * o.0;
        let e = libm::fma(self.0, o.0, -p) + self.0 * o.1 + self.1 * o.0;
        let (h, l) = two_sum(p, e);
        Dd(h, l)
    }

    fn scale(self, f: f64) -> Dd {
        Dd(self.0 * f, self.1 * f)
    }
}

/// ln 2 as a double-double.
const LN2: Dd = Dd(core::f64::consts::LN_2, 2.319_046_813_846_299_6e-17);

/// `e ** x`.
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.79 {
        return f64::INFINITY;
    }
    if x < -745.2 {
        return 0.0;
    }
    let k = libm::round(x / LN2.0);
    // r = x - k·ln2, exactly enough: k·ln2_hi as a two-product.
    let p = k * LN2.0;
    let pe = libm::fma(k, LN2.0, -p);
    let r = Dd(x, 0.0).add(Dd(-p, -pe)).add(Dd(-k * LN2.1, 0.0));
    let r = r.scale(1.0 / 256.0);
    // exp(r) - 1 by Taylor terms r^n/n!, summed smallest first.
    let mut terms = [Dd(0.0, 0.0); 12];
    let mut term = r;
    terms[0] = r;
    for (n, slot) in terms.iter_mut().enumerate().skip(1) {
        term = term.mul(r).scale(1.0 / (n as f64 + 1.0));
        *slot = term;
    }
    let mut t = Dd(0.0, 0.0);
    for &x in terms.iter().rev() {
        t = t.add(x);
    }
    for _ in 0..8 {
        t = t.scale(2.0).add(t.mul(t));
    }
    let one_plus = Dd(1.0, 0.0).add(t);
    let m = one_plus.0 + one_plus.1;
    libm::ldexp(m, k as i32)
}
