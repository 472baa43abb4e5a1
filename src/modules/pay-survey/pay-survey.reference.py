"""
Independent reference answers for pay-survey.test.ts and adjusted-gap.test.ts (run once by hand:
`python3 src/modules/pay-survey/pay-survey.reference.py`; numpy 2.4, scipy 1.17). Nothing here
shares code with the TypeScript: the adjusted gap is OLS by the textbook formula
b = (X'X)^-1 X'y, HC1 = n/(n-k) (X'X)^-1 X' diag(e^2) X (X'X)^-1, the interval with scipy's t.
The worked example's rows are the test's, copied by hand.
"""
import numpy as np
from scipy import stats

YEAR = 2025
# ref, gender, work group, level, monthly salary, fte, birth year, hired on, variable pay
ROWS = [
    ("A-W1", "woman", "Fastighetsskötare", 2, 30000, 1, 1990, "2018-03-01", None),
    ("A-W2", "woman", "Fastighetsskötare", 2, 31000, 1, 1985, "2015-08-15", 5000),
    ("A-W3", "woman", "Fastighetsskötare", 2, 24000, 0.75, 1979, "2010-01-10", 6000),
    ("A-W4", "woman", "Fastighetsskötare", 2, 33000, 1, 1972, "2004-05-01", 7000),
    ("A-W5", "woman", "Fastighetsskötare", 2, 34000, 1, 1968, "2001-09-01", 8000),
    ("A-W6", "woman", "Fastighetsskötare", 2, 35000, 1, 1965, "1995-02-01", 9000),
    ("A-M1", "man", "Fastighetsskötare", 2, 31000, 1, 1995, "2021-06-01", None),
    ("A-M2", "man", "Fastighetsskötare", 2, 32000, 1, 1988, "2016-04-01", 6000),
    ("A-M3", "man", "Fastighetsskötare", 2, 33000, 1, 1982, "2012-10-01", 7000),
    ("A-M4", "man", "Fastighetsskötare", 2, 34000, 1, 1976, "2008-03-15", 8000),
    ("A-M5", "man", "Fastighetsskötare", 2, 35000, 1, 1970, "2000-11-01", 9000),
    ("A-M6", "man", "Fastighetsskötare", 2, 18500, 0.5, 1963, "1992-01-01", 10000),
    ("A-X1", "other", "Fastighetsskötare", 2, 33000, 1, 1980, "2011-05-01", None),
    ("B-W1", "woman", "Uthyrare", 3, 30000, 1, 1997, "2022-02-01", None),
    ("B-W2", "woman", "Uthyrare", 3, 30000, 1, 1993, "2020-09-01", 4000),
    ("B-W3", "woman", "Uthyrare", 3, 31000, 1, 1991, "2019-01-15", None),
    ("B-W4", "woman", "Uthyrare", 3, 31000, 1, 1987, "2017-03-01", 4000),
    ("B-W5", "woman", "Uthyrare", 3, 32000, 1, 1984, "2013-06-01", 5000),
    ("B-W6", "woman", "Uthyrare", 3, 32000, 1, 1981, "2011-08-01", None),
    ("B-W7", "woman", "Uthyrare", 3, 33000, 1, 1975, "2006-04-01", 5000),
    ("B-W8", "woman", "Uthyrare", 3, 33000, 1, 1969, "1999-10-01", 6000),
    ("B-M1", "man", "Uthyrare", 3, 32000, 1, 1994, "2020-03-01", 4000),
    ("B-M2", "man", "Uthyrare", 3, 33000, 1, 1989, "2017-09-01", 4000),
    ("B-M3", "man", "Uthyrare", 3, 34000, 1, 1983, "2012-01-01", 5000),
    ("B-M4", "man", "Uthyrare", 3, 35000, 1, 1977, "2007-05-01", 6000),
    ("B-M5", "man", "Uthyrare", 3, 36000, 1, 1971, "2002-08-01", 6000),
    ("C-W1", "woman", "Ekonomer", 4, 40000, 1, 1992, "2019-05-01", None),
    ("C-W2", "woman", "Ekonomer", 4, 41000, 1, 1986, "2014-02-01", None),
    ("C-W3", "woman", "Ekonomer", 4, 42000, 1, 1980, "2009-09-01", None),
    ("C-W4", "woman", "Ekonomer", 4, 43000, 1, 1974, "2003-01-01", None),
    ("C-W5", "woman", "Ekonomer", 4, 44000, 1, 1967, "1997-06-01", None),
    ("C-M1", "man", "Ekonomer", 4, 45000, 1, 1978, "2010-03-01", None),
    ("C-M2", "man", "Ekonomer", 4, 47000, 1, 1966, "1998-11-01", None),
    ("D-W1", "woman", "Tekniker", 1, 29000, 1, 1996, "2023-04-01", None),
    ("D-M1", "man", "Tekniker", 1, 28000, 1, 1999, "2024-01-15", None),
    ("D-M2", "man", "Tekniker", 1, 29000, 1, 1990, "2019-08-01", None),
    ("D-M3", "man", "Tekniker", 1, 30000, 1, 1984, "2014-05-01", None),
    ("D-M4", "man", "Tekniker", 1, 31000, 1, 1973, "2005-02-01", None),
]


def ols_hc1(X, y):
    n, k = X.shape
    bread = np.linalg.inv(X.T @ X)
    b = bread @ X.T @ y
    e = y - X @ b
    meat = X.T @ np.diag(e**2) @ X
    cov = n / (n - k) * bread @ meat @ bread
    return b, np.sqrt(np.diag(cov)), n, k


def adjusted_gap():
    rows = [r for r in ROWS if r[1] != "other"]
    levels = sorted({r[3] for r in rows})[1:]
    X = np.array(
        [
            [1.0, 1.0 if r[1] == "woman" else 0.0]
            + [1.0 if r[3] == level else 0.0 for level in levels]
            + [YEAR - r[6], YEAR - int(r[7][:4])]
            for r in rows
        ]
    )
    y = np.log(np.array([r[4] / r[5] for r in rows]))
    b, se, n, k = ols_hc1(X, y)
    t = stats.t.ppf(0.975, n - k)
    print(f"n={n} k={k} t={t:.12f}")
    print("beta =", ", ".join(f"{v:.12g}" for v in b))
    print("se   =", ", ".join(f"{v:.12g}" for v in se))
    print(f"gap = {1 - np.exp(b[1]):.12f}")
    print(f"low = {1 - np.exp(b[1] + t * se[1]):.12f}  high = {1 - np.exp(b[1] - t * se[1]):.12f}")


# NIST StRD Longley (itl.nist.gov/div898/strd/lls/data/Longley.shtml): y, then x1..x6.
LONGLEY = [
    (60323, 83.0, 234289, 2356, 1590, 107608, 1947),
    (61122, 88.5, 259426, 2325, 1456, 108632, 1948),
    (60171, 88.2, 258054, 3682, 1616, 109773, 1949),
    (61187, 89.5, 284599, 3351, 1650, 110929, 1950),
    (63221, 96.2, 328975, 2099, 3099, 112075, 1951),
    (63639, 98.1, 346999, 1932, 3594, 113270, 1952),
    (64989, 99.0, 365385, 1870, 3547, 115094, 1953),
    (63761, 100.0, 363112, 3578, 3350, 116219, 1954),
    (66019, 101.2, 397469, 2904, 3048, 117388, 1955),
    (67857, 104.6, 419180, 2822, 2857, 118734, 1956),
    (68169, 108.4, 442769, 2936, 2798, 120445, 1957),
    (66513, 110.8, 444546, 4681, 2637, 121950, 1958),
    (68655, 112.6, 482704, 3813, 2552, 123366, 1959),
    (69564, 114.2, 502601, 3931, 2514, 125368, 1960),
    (69331, 115.7, 518173, 4806, 2572, 127852, 1961),
    (70551, 116.9, 554894, 4007, 2827, 130081, 1962),
]


def longley():
    data = np.array(LONGLEY, dtype=float)
    X = np.column_stack([np.ones(len(data)), data[:, 1:]])
    # lstsq for the coefficients: the normal equations lose digits on Longley.
    b = np.linalg.lstsq(X, data[:, 0], rcond=None)[0]
    print("longley beta =", ", ".join(f"{v:.12g}" for v in b))


if __name__ == "__main__":
    adjusted_gap()
    longley()
