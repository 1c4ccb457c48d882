# cmake -DFUZZER=... -DSEEDS=... -DWORK=... -DARTIFACTS=... -DRUNS=... -DMAX_LEN=... -DDICT=...
#       -P runfuzzer.cmake
# A short, reproducible libFuzzer run (fixed seed, bounded by runs, not time) over a fresh copy
# of the seed corpus. Fails on any crash, leak, sanitizer report or timeout.
foreach(var FUZZER SEEDS WORK ARTIFACTS RUNS MAX_LEN DICT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "runfuzzer.cmake: ${var} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}" "${ARTIFACTS}")
file(GLOB seeds "${SEEDS}/*")
file(COPY ${seeds} DESTINATION "${WORK}")
execute_process(
  COMMAND "${FUZZER}" -runs=${RUNS} -max_len=${MAX_LEN} -seed=1 -timeout=30
          -print_final_stats=1 "-dict=${DICT}" "-artifact_prefix=${ARTIFACTS}/" "${WORK}"
  WORKING_DIRECTORY "${ARTIFACTS}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${rc}); the input that did it is in ${ARTIFACTS}/")
endif()
