# Camelids we like: llamas, alpacas, vicunas. Not models.
llamas = ["alpaca", "vicuna"]
tiny = "TinyLlama/TinyLlama-1.1B-Chat-v1.0"  # an Apache-2.0 project, not Meta's
print("build llama.cpp, then run llama-server")
