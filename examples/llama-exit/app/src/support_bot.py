"""Customer-support answers, served through the Switchyard gateway."""
from openai import OpenAI
from transformers import AutoTokenizer

# The gateway alias is the production path; the tokenizer is Llama's own, so
# prompt budgeting breaks if the model family changes underneath it.
client = OpenAI(base_url="http://127.0.0.1:4000/v1", api_key="sk-local")
tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-4-Maverick-17B-128E-Instruct")

STOP = ["<|eot|>", "<|eot_id|>"]


def answer(question: str) -> str:
    budget = 4096 - len(tokenizer.encode(question))
    reply = client.chat.completions.create(
        model="chat-default",
        messages=[{"role": "user", "content": question}],
        max_tokens=min(budget, 512),
        stop=STOP,
    )
    return reply.choices[0].message.content or ""


def summarise(text: str) -> str:
    reply = client.chat.completions.create(model="meta-llama/Llama-3.1-8B-Instruct", messages=[{"role": "user", "content": f"Summarise: {text}"}])
    return reply.choices[0].message.content or ""
