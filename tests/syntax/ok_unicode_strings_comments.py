# Kommentar mit Umlauten: äöü, and emoji 🎉
s = 'héllo wörld €'
t = "日本語テキスト"
u = '''多行
文本'''
