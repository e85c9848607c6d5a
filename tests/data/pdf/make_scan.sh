#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws a scanned birth-registration form (ImageMagick, DejaVu fonts) and wraps it
# in an image-only PDF (no text layer), tests/data/pdf/scan.pdf.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
F=/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
FB=/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf
convert -size 1240x1754 xc:'#f6f3ea' \
 -fill '#222' -font $FB -pointsize 30 -annotate +300+150 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
 -font $F -pointsize 28 -annotate +430+200 'Độc lập - Tự do - Hạnh phúc' \
 -font $FB -pointsize 40 -annotate +330+330 'TỜ KHAI ĐĂNG KÝ KHAI SINH' \
 -font $F -pointsize 28 -annotate +140+450 'Kính gửi: Ủy ban nhân dân phường Phan Đình Phùng' \
 -annotate +140+530 'Họ, chữ đệm, tên người yêu cầu: NGUYỄN VĂN ĐẠT' \
 -annotate +140+590 'Số định danh cá nhân: 001090000001' \
 -annotate +140+650 'Nơi cư trú: Số 1 đường Trần Hưng Đạo, phường Hải Châu' \
 -annotate +140+710 'Quan hệ với người được khai sinh: Cha' \
 -annotate +140+800 'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:' \
 -annotate +140+860 'Họ, chữ đệm, tên: NGUYỄN MINH AN' \
 -annotate +140+920 'Ngày, tháng, năm sinh: 12/10/2026' \
 -annotate +140+980 'Nơi sinh: Bệnh viện Đa khoa tỉnh Quảng Nam' \
 -annotate +140+1040 'Giới tính: Nam          Dân tộc: Kinh          Quốc tịch: Việt Nam' \
 -annotate +620+1250 'Làm tại: Quảng Nam, ngày 20/11/2026' \
 -font $FB -annotate +800+1310 'Người yêu cầu' \
 -font $F -pointsize 24 -annotate +770+1350 '(Ký, ghi rõ họ, chữ đệm, tên)' \
 -stroke '#1a237e' -strokewidth 3 -fill none -draw "bezier 800,1450 850,1400 900,1500 950,1420 1000,1470" \
 -stroke none -fill '#1a237e' -font $F -pointsize 30 -annotate +780+1560 'Nguyễn Văn Đạt' \
 -attenuate 0.08 +noise Gaussian -rotate 0.6 -gravity center -extent 1240x1754 \
 -resize 827x1170 -colorspace Gray -depth 8 "$TMP/scan.pgm"
python3 "$HERE/make_scan.py" "$TMP/scan.pgm" "$HERE/scan.pdf"
rm -rf "$TMP"
