//! Deep nesting in the source: each case compiles and runs giving
//! CPython's output, or is refused with a SyntaxError, never a crash. The
//! compiler keeps no recursion whose depth follows the input (expressions,
//! conditions and targets go through its work stack), so the same cases
//! pass on a 64 KiB thread stack as on the default one.

mod vm_common;

use mupy::compile::{compile, CompileConfig, ErrorKind, Mode};
use mupy::qstr::{Interner, QstrPool};
use mupy_reprs::A;
use vm_common::{run, vm};

/// What a case must give: CPython's output, or a syntax error.
enum Want {
    Prints(String),
    SyntaxError,
}

fn nest(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{inner}{}", open.repeat(n), close.repeat(n))
}

fn cases() -> Vec<(&'static str, String, Want)> {
    use Want::*;
    let plus = vec!["a"; 10_000].join("+");
    let ors = (0..198).map(|i| format!("(a{i} and ")).collect::<String>() + "b" + &")".repeat(198);
    let clauses: String = (0..100).map(|i| format!(" for _{i} in [0]")).collect();
    vec![
        (
            "parens 199",
            format!("x = {}\nprint(x)\n", nest("(", "1", ")", 199)),
            Prints("1\n".into()),
        ),
        (
            "parens 10000",
            format!("x = {}\n", nest("(", "1", ")", 10_000)),
            SyntaxError,
        ),
        (
            "a+a 10000 terms",
            format!("a = 1\nprint({plus})\n"),
            Prints("10000\n".into()),
        ),
        (
            "not 1000",
            format!("print({}1)\n", "not ".repeat(1000)),
            Prints("True\n".into()),
        ),
        (
            "not 10000",
            format!("print({}1)\n", "not ".repeat(10_000)),
            SyntaxError,
        ),
        (
            "unary minus 1001",
            format!("a = 1\nprint({}a)\n", "-".repeat(1001)),
            Prints("-1\n".into()),
        ),
        (
            "unary minus 10000",
            format!("print({}1)\n", "-".repeat(10_000)),
            SyntaxError,
        ),
        (
            "-(-(...)) 199",
            format!("a = 1\nprint({})\n", nest("-(", "a", ")", 199)),
            Prints("-1\n".into()),
        ),
        (
            "folded -(-(...)) 199",
            format!("print({})\n", nest("-(", "1", ")", 199)),
            Prints("-1\n".into()),
        ),
        (
            "lists 199",
            format!("x = {}\nprint(len(x))\n", nest("[", "1", "]", 199)),
            Prints("1\n".into()),
        ),
        (
            "lists 10000",
            format!("x = {}\n", nest("[", "", "]", 10_000)),
            SyntaxError,
        ),
        (
            "tuples 199",
            format!("x = {}\nprint(len(x))\n", nest("(", "1,", ")", 199)),
            Prints("1\n".into()),
        ),
        (
            "dicts 99",
            format!("x = {}\nprint(len(x))\n", nest("{1: ", "1", "}", 99)),
            Prints("1\n".into()),
        ),
        (
            "calls 199",
            format!("def f(x): return x\nprint({})\n", nest("f(", "1", ")", 199)),
            Prints("1\n".into()),
        ),
        (
            "method calls 199",
            format!(
                "class C:\n    def m(self, x): return x\no = C()\nprint({})\n",
                nest("o.m(", "2", ")", 199)
            ),
            Prints("2\n".into()),
        ),
        (
            "keyword calls 199",
            format!(
                "def f(x): return x\nprint({})\n",
                nest("f(x=", "3", ")", 199)
            ),
            Prints("3\n".into()),
        ),
        (
            "subscripts 199",
            format!("a = [0]\nprint({})\n", nest("a[", "0", "]", 199)),
            Prints("0\n".into()),
        ),
        (
            "attributes 10000",
            format!(
                "class A: pass\na = A()\na.a = a\nprint(a{} is a)\n",
                ".a".repeat(10_000)
            ),
            Prints("True\n".into()),
        ),
        (
            "if-else chain 1000",
            format!("print({}2)\n", "1 if 0 else ".repeat(1000)),
            Prints("2\n".into()),
        ),
        (
            "if-else nested 199",
            format!("print({})\n", nest("(1 if 0 else ", "2", ")", 199)),
            Prints("2\n".into()),
        ),
        (
            "conditions 1000",
            format!("a = 1\nif {}a:\n    print('y')\n", "not ".repeat(1000)),
            Prints("y\n".into()),
        ),
        (
            "and nested 198",
            format!(
                "b = 5\n{}print({ors})\n",
                (0..198).map(|i| format!("a{i} = 1\n")).collect::<String>()
            ),
            Prints("5\n".into()),
        ),
        (
            "lambdas 100",
            format!("f = {}7\nprint(callable(f))\n", "lambda: ".repeat(100)),
            Prints("True\n".into()),
        ),
        (
            // Scopes nest at most `compile::MAX_SCOPE_DEPTH` deep.
            "lambdas 101",
            format!("f = {}7\n", "lambda: ".repeat(101)),
            SyntaxError,
        ),
        (
            "lambda defaults 90",
            format!("f = {}\nprint(f)\n", nest("(lambda x=", "4", ": x)()", 90)),
            Prints("4\n".into()),
        ),
        (
            "comprehensions 66",
            format!(
                "x = {}\nprint(len(x))\n",
                nest("[", "1", " for _ in [0]]", 66)
            ),
            Prints("1\n".into()),
        ),
        (
            "for clauses 100",
            format!("print([1{clauses}])\n"),
            Prints("[1]\n".into()),
        ),
        (
            "targets 199",
            format!(
                "{} = {}\nprint(a)\n",
                nest("[", "a", "]", 199),
                nest("[", "5", "]", 199)
            ),
            Prints("5\n".into()),
        ),
        (
            "del targets 199",
            format!("a = 1\ndel {}\nprint('ok')\n", nest("[", "a", "]", 199)),
            Prints("ok\n".into()),
        ),
        (
            "powers 1000",
            format!("a = 1\nprint({})\n", vec!["a"; 1000].join("**")),
            Prints("1\n".into()),
        ),
        (
            "powers 10000",
            format!("print({})\n", vec!["2"; 10_000].join("**")),
            SyntaxError,
        ),
    ]
}

fn check(name: &str, src: &str, want: &Want) {
    let mut pool = QstrPool::new(1 << 20);
    let file = pool.intern("deep.py").expect("intern");
    let cfg = CompileConfig::default();
    let got = compile(src, file, Mode::File, &cfg, &mut pool);
    match (want, got) {
        (Want::Prints(_), Ok(_)) => {}
        (Want::SyntaxError, Err(e)) => assert_eq!(e.kind, ErrorKind::SyntaxError, "{name}"),
        (Want::Prints(_), Err(e)) => panic!("{name}: {:?} {}", e.kind, e.message),
        (Want::SyntaxError, Ok(_)) => panic!("{name}: compiled"),
    }
}

#[test]
fn deep_cases_compile_or_fail_cleanly() {
    for (name, src, want) in cases() {
        check(name, &src, &want);
    }
}

#[test]
fn deep_cases_fit_a_small_stack() {
    let handle = std::thread::Builder::new()
        .stack_size(64 << 10)
        .spawn(|| {
            for (name, src, want) in cases() {
                check(name, &src, &want);
            }
        })
        .expect("thread");
    handle.join().expect("no stack overflow");
}

#[test]
fn deep_cases_run_as_in_cpython() {
    for (name, src, want) in cases() {
        let Want::Prints(out) = &want else {
            continue;
        };
        let (mut vm, port) = vm::<A>(1 << 20);
        assert_eq!(run(&mut vm, &port, &src), *out, "{name}");
    }
}
