"""Built-in commands every bot has: !help, !commands, !reload."""

from __future__ import annotations

from bot.commands import Arg, command
from bot.context import Context
from bot.skill import Skill


class CoreCommands(Skill):
    name = "core"

    def _visible(self, ctx: Context) -> list:
        return [c for c in self.bot.router.all() if ctx.message.author.role >= c.permission]

    @command("commands", help="List the commands you can use", user_cooldown=30)
    async def list_commands(self, ctx: Context) -> None:
        prefix = self.bot.router.prefix
        names = " ".join(f"{prefix}{c.name}" for c in self._visible(ctx))
        await ctx.reply(f"Commands: {names}")

    @command("help", help="Explain a command: !help price", args=(Arg("command"),), user_cooldown=10)
    async def help(self, ctx: Context) -> None:
        prefix = self.bot.router.prefix
        if ctx.args:
            cmd = self.bot.router.get(ctx.args[0])
            if cmd is None or ctx.message.author.role < cmd.permission:
                await ctx.reply(f"No command {ctx.args[0]!r}. Try {prefix}commands")
                return
            aliases = f" (also {', '.join(prefix + a for a in cmd.aliases)})" if cmd.aliases else ""
            await ctx.reply(f"{prefix}{cmd.usage}: {cmd.help}{aliases}")
            return
        await ctx.reply(f"I'm {self.bot.config.bot.name}, the shop's chat helper. Ask me about any product, "
                        f"or try {prefix}commands")

    @command("forgetme", help="Delete everything the bot keeps about you", user_cooldown=60)
    async def forgetme(self, ctx: Context) -> None:
        counts = await self.bot.forget_viewer(ctx.message.platform, ctx.message.author.id)
        await ctx.reply("Done: I deleted your chat history and activity with this bot." if counts
                        else "I had nothing stored about you.")

    @command("reload", help="Reload the config file (moderators)", permission="moderator")
    async def reload(self, ctx: Context) -> None:
        errors = await self.bot.reload()
        if errors:
            await ctx.reply(f"Config NOT reloaded ({len(errors)} error(s)); still running the old one. "
                            f"First: {errors[0]}")
        else:
            await ctx.reply("Config reloaded.")
