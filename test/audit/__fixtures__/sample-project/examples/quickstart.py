import ollama

print(ollama.chat(model="llama3.2:3b", messages=[{"role": "user", "content": "hello"}]))
