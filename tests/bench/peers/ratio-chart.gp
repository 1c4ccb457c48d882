# The peer for chart export: gnuplot drawing what `spendlens export --chart ratio` draws, as
# close as gnuplot gets: 11 horizontal bars on a log axis coloured by kind (pale fills with an
# outline for plans, solid for actuals), a whisker on the range, a value label on each bar, the
# category labels, a left-aligned bold title and subtitle, a legend, a grid, and the caveat and
# source footer, at 2400×1350 with pngcairo in DejaVu Sans (the size of our 1200×675 at 2x).
# Usage: gnuplot -c ratio-chart.gp OUT.png
set terminal pngcairo size 2400,1350 enhanced font "DejaVu Sans,22" background rgb "white"
set output ARG1
set encoding utf8

$data << EOD
# label                                   low       high      colour    fill(1 solid, 0 pale)  value label
"Stargate pledge (4 years)"               89700     89700     0x009E73  0  "89,700×"
"Amazon 2025 capex (implied)"             18800     18800     0x0072B2  0  "18,800×"
"Microsoft AI data centres FY2025"        14300     14300     0x0072B2  0  "14,300×"
"Alphabet 2025 capex plan"                13500     13500     0x0072B2  0  "13,500×"
"Meta capex 2025"                         13000     13000     0x0072B2  1  "13,000×"
"Meta 2025 capex plan (Jan 2025)"         10760     11657     0x0072B2  0  "10,800–11,700×"
"Meta capex 2024"                         7040      7040      0x0072B2  1  "7,040×"
"Gemini Ultra training (AI Index)"        34.3      34.3      0xD55E00  0  "34.3×"
"GPT-4 training (AI Index)"               14.1      14.1      0xD55E00  0  "14.1×"
"DeepSeek-R1 RL training"                 0.0527    0.0527    0xD55E00  0  "0.0527×"
"DeepSeek-V3 final training run (baseline)" 1       1         0x4D4D4D  1  "1× = $5.58M"
EOD

set label 1 "{/:Bold How many times DeepSeek-V3 final training run?}" at screen 0.016,0.955 left font ",34" tc rgb "#222222"
set label 2 "Each figure as a multiple of DeepSeek-V3 final training run ($5.58M). Log scale." at screen 0.016,0.915 left font ",23" tc rgb "#5f5f5f"
set label 3 "{/:Bold Caveat:} Compares different kinds of figure: capital spending buys long-lived assets used for many purposes, while a training-run cost is rented GPU time\nfor one final run and excludes research, staff and hardware. A pledge is not spending. Guidance and estimates are not outcomes." at screen 0.016,0.145 left font ",18" tc rgb "#9a4a00"
set label 4 "Sources: OpenAI / SoftBank, Stargate announcement (2025-01-21); Amazon Q4 2024 earnings call (2025-02-06); Microsoft, Brad Smith blog post (2025-01-03);\nAlphabet Q4 2024 earnings release (2025-02-04); Meta Q4 2025 earnings release (as reported) (2026-01-28); Mark Zuckerberg Facebook post (2025-01-24);\nMeta Q4 2024 earnings release (2025-01-29); Stanford AI Index 2024 (Epoch AI estimate); DeepSeek-R1 paper in Nature (2025-09-17); DeepSeek-V3 Technical Report." at screen 0.016,0.085 left font ",18" tc rgb "#5f5f5f"

set lmargin at screen 0.265
set rmargin at screen 0.975
set tmargin at screen 0.82
set bmargin at screen 0.22
set border 3 lc rgb "#e3e3e3"
set logscale x 10
set xrange [0.01:200000]
set yrange [-0.6:10.6]
set xtics ("0.01×" 0.01, "0.1×" 0.1, "1×" 1, "10×" 10, "100×" 100, "1,000×" 1000, "10K×" 10000, "100K×" 100000)
set xtics nomirror tc rgb "#222222"
set ytics nomirror scale 0 tc rgb "#222222"
set grid xtics lc rgb "#e3e3e3"
set key at screen 0.6,0.865 center horizontal maxrows 1 samplen 1 width 1 reverse Left font ",21"
set style fill solid 1.0 border
set arrow 1 from 1,-0.6 to 1,10.6 nohead lc rgb "#4d4d4d" lw 2

plot $data using (($2+$3)/2):(10-$0):(($2<1)?$2:1):(($3>1)?$3:1):(10-$0-0.32):(10-$0+0.32):(int($5) ? $4 : ($4 + 0x99000000)):ytic(1) \
         with boxxyerror lc rgb variable notitle, \
     '' using ($3):(10-$0):(" ".strcol(6)) \
         with labels left tc rgb "#222222" notitle, \
     '' using ($2):(10-$0):($2):($3) with xerrorbars lc rgb "#222222" pt -1 notitle, \
     keyentry with boxes fc rgb "#66009E73" title "Pledge", \
     keyentry with boxes fc rgb "#660072B2" title "Capex guidance", \
     keyentry with boxes fc rgb "#0072B2" title "Capex", \
     keyentry with boxes fc rgb "#66D55E00" title "Training-run compute cost", \
     keyentry with boxes fc rgb "#4d4d4d" title "Solid: actual", \
     keyentry with boxes fc rgb "#66999999" title "Pale: plan, estimate or claim"
