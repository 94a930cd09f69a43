var S,ft,ci,ne,qe,Se,ht,ke,yt,He,Ue,bt,he=Symbol.for("pv"),Te={},Ne=[],ui=/^m(i|n|o|s|text|space)$/,je=Array.isArray,vt=Ne.slice,ae=Object.assign;function re(e){e&&e.parentNode&&e.remove()}function we(e,n,i,o,r){var a={type:e,props:n,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:he,__v:r||++ft,__i:-1,__u:0};return!r&&S.vnode&&S.vnode(a),a}function E(e){return e.children}function xe(e,n){this.props=e,this.context=n,this.__g=0}function ie(e,n){if(n==null)return e.__&&ie(e.__,e.__i+1);for(var i;n<e.__k.length;n++)if((i=e.__k[n])&&i.__e)return i.__e;return typeof e.type!="function"||e.props.__P?null:ie(e)}function mi(e){var n,i=e.__v,o=i.__e,r=[],a=[],d=e.__P;d&&((n=ae({constructor:he},i)).__v=i.__v+1,S.vnode&&S.vnode(n),Ke(d,n,i,e.__n,d.namespaceURI,32&i.__u?[o]:null,r,o||ie(i),32&i.__u,a),n.__v=i.__v,n.__.__k[n.__i]=n,It(r,n,a),i.__=i.__e=null,n.__e!=o&&At(n))}function At(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(n){return n&&(e.__e=n.__e)}),At(e)}function Be(e){(8&e.__g||(e.__g|=8,ne.push(e),Se++))&&qe==S.debounceRendering||((qe=S.debounceRendering)||queueMicrotask)(Pt)}function Pt(){try{for(var e,n=1;ne.length;)ne.length>n&&ne.sort(ht),e=ne.shift(),n=ne.length,8&e.__g&&mi(e)}finally{(Se=ne.length)&&(qe||queueMicrotask)(Pt)}}function Ct(e,n,i,o,r,a,d,l,m,b,c){var v,A,s,f,P,y,I=o.__k||Ne,k=n.length;for(m=gi(i,n,I,m,k),v=0;v<k;v++)(s=i.__k[v])!=null&&(A=~s.__i&&I[s.__i]||Te,s.__i=v,y=Ke(e,s,A,r,a,d,l,m,b,c),f=s.__e,(A.ref!=s.ref||8&A.__u)&&(A.ref&&Ve(A.ref,null,s,A),s.ref&&c.push(s.ref,s.__c||f,s)),P=P||f,4&s.__u?(m=_t(s,m,e,!A.__v),A.__e&&(A.__e=null)):typeof s.type=="function"&&y!==void 0?m=y:f&&(m=f.nextSibling),s.__u&=-21);return i.__e=P,m}function gi(e,n,i,o,r){var a,d,l,m,b,c,v,A,s,f=i.length,P=f,y=0,I=0,k=e.__k=Array(r);for(a=0;a<r;a++)(d=n[a])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=k[a]=we(null,d):je(d)?d=k[a]=we(E,{children:d}):d.constructor===he&&d.__b?d=k[a]=we(d.type,d.props,d.key,d.ref,d.__v):k[a]=d,m=a+y,d.__=e,d.__b=e.__b+1,l=null,~(b=d.__i=fi(d,i,m,P))&&(P--,(l=i[b])&&(l.__u|=2)),l&&l.__v?(d.__u|=16,b==m-1?y--:b==m+1?y++:b!=m&&(b>m?y--:y++,I=1)):(~b||(r>f?y--:r<f&&y++),typeof d.type!="function"&&(d.__u|=4))):k[a]=null;if(I){for(c=[],v=[],a=0;a<r;a++)if((d=k[a])&&16&d.__u){for(y=0,A=c.length;y<A;)c[s=y+A>>1]<d.__i?y=s+1:A=s;c[y]=d.__i,v[a]=y+1}for(y=c.length;a--;)v[a]&&(v[a]==y?y--:k[a].__u|=4)}if(P)for(a=0;a<f;a++)!(l=i[a])||2&l.__u||(l.__e==o&&(o=ie(l)),ze(l,l));return o}function _t(e,n,i,o){var r,a,d,l;if(typeof e.type=="function"){if(e.props.__P)return n;if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&(r[a].__=e,n=_t(r[a],n,i,!1));return n}for(n&&!n.parentNode&&(n=ie(e))&&!n.parentNode&&(n=null),d=e.__e,l=n;l&&l.nodeType==8;)l=l.nextSibling;for(d!=l&&(!o&&i.moveBefore&&d.parentNode?i.moveBefore(d,n):i.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function fi(e,n,i,o){var r,a=e.key,d=e.type,l=n[i],m=l&&!(2&l.__u);if(l===null&&a==null||m&&a==l.key&&d==l.type)return i;if(o>(m?1:0)){for(r=i-1;r>=0;r--)if((l=n[r])&&!(2&l.__u)&&a==l.key&&d==l.type)return r;for(r=i+1;r<n.length;r++)if((l=n[r])&&!(2&l.__u)&&a==l.key&&d==l.type)return r}return-1}function gt(e,n,i){i==null&&(i=""),n[0]=="-"?e.setProperty(n,i):e[n]=i}function Ie(e,n,i,o,r){var a,d;if(n=="style")if(typeof i=="string")e.style.cssText=i;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)i&&n in i||gt(e.style,n);if(i)for(n in i)o&&i[n]==o[n]||gt(e.style,n,i[n])}else if(n[0]=="o"&&n[1]=="n")typeof i!="function"&&(i=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[n]=i,i&&o||(d=Ue[n]||(Ue[n]=hi(n)),(e.__a||(e.__a={}))[n]=He,a=n!=(n=n.replace(yt,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),i?e.addEventListener(n,d,a):e.removeEventListener(n,d,a));else{if(r=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{return void(e[n]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&i==1?"":i)}}function hi(e){return function(n){var i=this.__e;if(i){if(i=i[e],n[ke]==null)n[ke]=He++;else if(n[ke]<this.__a[e])return;return i(S.event?S.event(n):n)}}}function Ke(e,n,i,o,r,a,d,l,m,b){var c,v,A,s,f,P,y,I,k,C,x,oe,De,te,Y,fe,$,J,Z=n.type;if(n.constructor!==he)return null;128&i.__u&&(m=32&i.__u,c=i.__c.__z)&&(n.__u|=m,v=a=[],c.nodeType==8?l=$e(c,a):a.push(c),l=a[0]||l),(c=S.__b)&&c(n);e:if(typeof Z=="function"){A=d.length;try{if(I=n.props,k=(c=Z.prototype)&&c.render,C=(c=Z.contextType)&&o[c.__c],x=c?C?C.props.value:c.__:o,(s=i.__c)?(n.__c=s,2&s.__g&&(s.__g|=1)):(k?n.__c=s=new Z(I,x):(n.__c=s=new xe(I,x),s.constructor=Z,s.render=bi),C&&C.sub(s),s.state||(s.state={}),s.__n=o,s.__g|=8,s.__h=[],s.__k=[]),k&&(s.__s||(s.__s=s.state),Z.getDerivedStateFromProps&&(s.__s==s.state&&(s.__s=ae({},s.__s)),ae(s.__s,Z.getDerivedStateFromProps(I,s.__s)))),f=s.props,P=s.state,s.__v=n,i.__c){if(I!==f&&k&&!Z.getDerivedStateFromProps&&s.componentWillReceiveProps&&s.componentWillReceiveProps(I,x),n.__v==i.__v&&!(8&s.__g)||!(4&s.__g)&&s.shouldComponentUpdate&&s.shouldComponentUpdate(I,s.__s,x)===!1){n.__v!=i.__v&&(s.props=I,s.state=s.__s,s.__g&=-9),n.__e=i.__e,n.__k=i.__k,n.__k.some(function(Q){Q&&(Q.__=n)}),Ne.push.apply(s.__h,s.__k),s.__k=[],s.__h.length&&d.push(s),l=ie(i);break e}s.componentWillUpdate&&s.componentWillUpdate(I,s.__s,x),k&&s.componentDidUpdate&&s.__h.push(function(){s.componentDidUpdate(f,P,y)})}else k&&!Z.getDerivedStateFromProps&&s.componentWillMount&&s.componentWillMount(),k&&s.componentDidMount&&s.__h.push(s.componentDidMount);s.context=x,s.props=I,s.__P=e,s.__g&=-5,oe=S.__r,De=k?25:0;do s.__g&=-9,oe&&oe(n),c=s.render(s.props,s.state=s.__s,s.context);while(8&s.__g&&++De<25);k&&(Ne.push.apply(s.__h,s.__k),s.__k=[]),s.state=s.__s,s.getChildContext&&(o=ae({},o,s.getChildContext())),k&&i.__c&&s.getSnapshotBeforeUpdate&&(y=s.getSnapshotBeforeUpdate(f,P)),te=c&&c.type===E&&c.key==null?c.props.children:c,I.__P&&(c=l,r=(e=I.__P).namespaceURI,m=a=null,i.props&&i.props.__P!=e&&(i.__k.some(function(Q){Q&&ze(Q,Q)}),i.__k=null),l=i.__k?ie(i,0):null),l=Ct(e,je(te)?te:[te],n,i,o,r,a,d,l,m,b),I.__P&&(n.__e=null,l=c),n.__u&=-161,v&&v.some(re),s.__h.length&&d.push(s),1&s.__g&&(s.__g&=-4)}catch(Q){if(d.length=A,n.__v=null,m||a)if(Q&&Q.then){if(n.__u|=128|m,a){for(~($=a.indexOf(l||void 0))||($=a.length);(J=a[$-1])&&J.nodeType==8;)$--;for(;$<a.length;$++)if(J=a[$])if(a[$]=null,Y){if(J==fe)break}else{if(J.nodeType!=8)break;J.data.startsWith("$s")&&(fe=$e(Y=J))}}if(!Y){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;Y=l}(c=$e(Y=n.__c.__z||(n.__c.__z=Y)))?(n.__e=Y,l=c):n.__e=l,l=l&&l.nextSibling}else a&&a.some(re);else n.__e=i.__e;n.__k||(n.__k=i.__k||[]),Q&&Q.then||Dt(n),S.__e(Q,n,i)}}else l=n.__e=yi(i.__e,n,i,o,r,a,d,m,b,e);return(c=S.diffed)&&c(n),l}function $e(e,n){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var i=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))i++;else if(e.data.startsWith("/$s")&&!--i)return e}n&&n.push(e)}}function Dt(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Dt))}function It(e,n,i){for(var o=0;o<i.length;)Ve(i[o++],i[o++],i[o++]);S.__c&&S.__c(n,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(a){a.call(r)})}catch(a){S.__e(a,r.__v)}})}function yi(e,n,i,o,r,a,d,l,m,b){var c,v,A,s,f,P,y,I,k=i.props||Te,C=n.props,x=n.type;if(x=="svg"?r="http://www.w3.org/2000/svg":x=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),a){for(c=0;c<a.length;c++)if((f=a[c])&&(x?f.localName==x:f.nodeType==3)){e=f,a[c]=null;break}}if(!e){if(I=b.ownerDocument||document,!x)return I.createTextNode(C);e=I.createElementNS(r,x,C.is?C:b),l&&(S.__m&&S.__m(n,a),l=!1),a=null}if(x){if(b=x=="template"&&e.content||e,a=x=="textarea"&&C.defaultValue!=null?null:a&&vt.call(b.childNodes),!l&&a)for(k={},c=0;c<e.attributes.length;c++)k[(f=e.attributes[c]).name]=f.value;for(c in k)f=k[c],c=="dangerouslySetInnerHTML"?A=f:c=="children"||c in C||c=="value"&&"defaultValue"in C||c=="checked"&&"defaultChecked"in C||Ie(e,c,null,f,r);for(c in C)f=C[c],c=="children"?s=f:c=="dangerouslySetInnerHTML"?v=f:c=="value"?P=f:c=="checked"?y=f:l&&typeof f!="function"||k[c]===f||Ie(e,c,f,k[c],r);v?(l||A&&(v.__html==A.__html||v.__html==e.innerHTML)||(e.innerHTML=v.__html),n.__k=[]):(A&&(e.textContent=""),(x=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&ui.test(x))&&(r="http://www.w3.org/1999/xhtml"),Ct(b,je(s)?s:[s],n,i,o,r,a,d,a?a[0]:i.__k&&ie(i,0),l,m),a&&a.some(re)),l&&x!="textarea"||(c="value",x=="progress"&&P==null?e.removeAttribute(c):P==null||P===e[c]&&(x!="progress"||P)||Ie(e,c,P,k[c],r),c="checked",y!=null&&y!=e[c]&&Ie(e,c,y,k[c],r))}else k===C||l&&e.data==C||(e.data=C);return e}function Ve(e,n,i,o){try{typeof e=="function"?n?n.__x=e(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():e(null)):e.current=n}catch(r){S.__e(r,i)}}function ze(e,n,i){var o,r,a,d;if(S.unmount&&S.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Ve(o,null,n,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(l){S.__e(l,n)}o.__P=o.__n=null}if(o=e.__k)for(d=0;d<o.length;d++)o[d]&&ze(o[d],n,typeof e.type!="function"||i&&!e.props.__P);!i&&(o=e.__c)&&(o=o.__z)&&(r=$e(o,a=[]))&&(o==e.__e&&a.some(re),re(r),re(o)),i||re(e.__e),e.__e=e.__c=e.__=null}function bi(e,n,i){return this.constructor(e,i)}function kt(e,n){var i,o,r,a;S.__&&S.__(e,n),n.nodeType==9&&(n=n.documentElement),o=(i=e&&32&e.__u)?null:n.__k,n.__k=we(E,{children:[e]}),r=[],a=[],Ke(n,n.__k,o||Te,Te,n.namespaceURI,o?null:n.firstChild?vt.call(n.childNodes):null,r,o?o.__e:n.firstChild,i,a),It(r,n.__k,a),n.__k.props.children=null}function wt(e){function n(i){var o,r;return this.getChildContext||(o=new Set,(r={})[n.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&o.forEach(function(d){d.__g|=4,Be(d)})},this.sub=function(a){o.add(a);var d=a.componentWillUnmount;a.componentWillUnmount=function(){o.delete(a),d&&d.call(a)}}),i.children}return n.__c="__cC"+bt++,n.__=e,n.Provider=(n.Consumer=function(i,o){return i.children(o)}).contextType=n,n}S={__e:function(e,n,i,o){for(var r,a,d;n=n.__;)if((r=n.__c)&&!(1&r.__g)){r.__g|=4;try{if((d=(a=r.constructor)&&a.getDerivedStateFromError)&&r.setState(a.getDerivedStateFromError(e)),r.componentDidCatch&&(r.componentDidCatch(e,o||{}),d=1),d&&8&r.__g)return void(r.__g|=2)}catch(l){e=l}}throw Se=0,e}},ft=0,ci=function(e){return e!=null&&e.constructor===he},xe.prototype.setState=function(e,n){var i=this.__s;i&&i!=this.state||(i=this.__s=ae({},this.state)),typeof e=="function"&&(e=e(ae({},i),this.props)),e&&(ae(i,e),this.__v&&(n&&this.__k.push(n),Be(this)))},xe.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Be(this))},xe.prototype.render=E,ne=[],Se=0,ht=function(e,n){return e.__v.__b-n.__v.__b},ke=Symbol(),yt=/(PointerCapture)$|Capture$/i,He=0,Ue={},bt=0;var se,R,Qe,xt,We=Object.is,be=0,Ft=[],Ge=[],F=S,$t=F.__b,St=F.__r,Tt=F.diffed,Nt=F.__c,Et=F.unmount,Rt=F.__;function ve(e,n){F.__h&&F.__h(R,e,be||n),be=0;var i=R.__H||(R.__H={__:[],__h:[]});return e>=i.__.length&&i.__.push({}),i.__[e]}function g(e){return be=1,vi(Ht,e)}function vi(e,n,i){var o=ve(se++,2);if(o.t=e,!o.__c&&(o.__=[i?i(n):Ht(void 0,n),function(a){var d=(o.__N||o.__)[0],l=o.t(d,a);We(d,l)||(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=R,!R.__f)){R.__f=!0;var r=R.shouldComponentUpdate;R.shouldComponentUpdate=function(a,d,l){var m=this.__H;if(!m)return!0;var b=!1,c=this.props!=a;if(m.__.some(function(A){A.__N&&(b=!0,We(A.__[0],A.__N[0])||(c=!0))}),r){var v=r.call(this,a,d,l);return b?v||c:v}return!b||c}}return o.__}function H(e,n){var i=ve(se++,3);!F.__s&&Bt(i.__H,n)&&(i.__P=!0,i.__=e,i.u=n,R.__H.__h.push(i))}function Ae(e){return be=5,Lt(function(){return{current:e}},[])}function Lt(e,n){var i=ve(se++,7);return Bt(i.__H,n)&&(i.__=e(),i.__H=n),i.__}function qt(e,n){return be=8,Lt(function(){return e},n)}function Ut(e){var n=R.context[e.__c],i=ve(se++,9);return i.c=e,n?(i.__==null&&(i.__=!0,n.sub(R)),n.props.value):e.__}function G(){var e=ve(se++,11);if(!e.__){for(var n=R.__v;!n.__m&&n.__;)n=n.__;var i=n.__m||(n.__m=[0,0]);e.__="P"+i[0]+"-"+i[1]++}return e.__}function Ai(){var e;do{for(;e=Ge.shift();)try{ye(e)}catch(i){F.__e(i,{__:(e=e.__P)&&e.__v})}for(;e=Ft.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(ye),n.__h.some(Ye),n.__h=[]}catch(i){n.__h=[],F.__e(i,e.__v)}}}while(Ge.length)}F.__b=function(e){R=null,$t&&$t(e)},F.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Rt&&Rt(e,n)},F.__r=function(e){St&&St(e),se=0;var n=(R=e.__c).__H;n&&(Qe==R?R.__h=[]:(n.__h.some(ye),n.__h.some(Ye),se=0),n.__h=[],n.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),Qe=R},F.diffed=function(e){Tt&&Tt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&Ot(Ft.push(n)),n.__H.__.some(function(i){i.u&&(i.__H=i.u)})),Qe=R=null},F.__c=function(e,n){n.some(function(i){try{i.__h.some(ye),i.__h=i.__h.filter(function(o){return!o.__||Ye(o)})}catch(o){i.__h=[function(){throw o}]}}),Nt&&Nt(e,n)},F.unmount=function(e){Et&&Et(e);var n,i,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(i===void 0){for(i=e.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}r.__P=i,Ot(Ge.push(r))}else ye(r)}catch(a){n=a}}),o.__H=void 0,n&&F.__e(n,o.__v))};var Mt=typeof requestAnimationFrame=="function";function Pi(e){var n,i=function(){clearTimeout(o),Mt&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(i,35);Mt&&(n=requestAnimationFrame(i))}function Ot(e){e!=1&&xt==F.requestAnimationFrame||((xt=F.requestAnimationFrame)||Pi)(Ai)}function ye(e){var n=R,i=e.__c;typeof i=="function"&&(e.__c=void 0,i()),R=n}function Ye(e){var n=R;e.__c=e.__(),R=n}function Bt(e,n){return!e||e.length!=n.length||n.some(function(i,o){return!We(i,e[o])})}function Ht(e,n){return typeof n=="function"?n(e):n}var jt="pppdesk.admin.lang",Ze=Ci(),Je=new Set;function Ci(){try{return localStorage.getItem(jt)==="en"?"en":"ja"}catch{return"ja"}}function le(){return Ze}function Kt(e){Ze=e;try{localStorage.setItem(jt,e)}catch{}document.documentElement.lang=e,Je.forEach(n=>n())}function Vt(e){return Je.add(e),()=>Je.delete(e)}function pe(e,n){return(i,o)=>{let r=(Ze==="en"?n[i]:e[i])??String(i);return o?r.replace(/\{(\w+)\}/g,(a,d)=>d in o?String(o[d]):a):r}}var h=pe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Xe="pppdesk.admin.token";function Pe(){try{return sessionStorage.getItem(Xe)}catch{return null}}function de(e){try{e?sessionStorage.setItem(Xe,e):sessionStorage.removeItem(Xe)}catch{}et.forEach(n=>n(e!==null))}var et=new Set;function zt(e){return et.add(e),()=>et.delete(e)}var Qt=new URL("../",location.href),_i=new URL("graphql",Qt),q=class extends Error{constructor(i,o,r){super(o);this.code=i;this.serverMessage=o;this.field=r}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:h("errBadInput"),CONFLICT:h("errConflict"),FORBIDDEN:h("errForbidden"),NOT_FOUND:h("errNotFound"),UNAUTHENTICATED:h("errUnauthenticated"),RATE_LIMITED:h("errRateLimited"),UNAVAILABLE:h("errUnavailable"),INTERNAL:h("errInternal"),NETWORK:h("errNetwork")}[this.code]];return this.field&&o.push(h("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(h("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Wt(e){return e instanceof q?e.clerkMessage():h("errInternal")}var Di=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ii(e){let n=e.extensions?.code??"INTERNAL";return new q(Di.has(n)?n:"INTERNAL",e.message,e.extensions?.field)}async function Gt(e,n){let i=Pe();i&&(n.Authorization=`Bearer ${i}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(_i,{...e,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new q("NETWORK","")}let r;try{r=await o.json()}catch{throw new q(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(r.errors&&r.errors.length>0){let a=Ii(r.errors[0]);throw a.code==="UNAUTHENTICATED"&&i&&de(null),a}if(!r.data)throw new q("INTERNAL",`HTTP ${o.status}`);return r.data}function N(e,n,i={}){let o={"Content-Type":"application/json"};return i.municipality&&(o["X-Municipality"]=i.municipality),Gt({method:"POST",body:JSON.stringify({query:e.toString(),variables:n})},o)}function Ee(e,n,i){let o=new FormData;o.append("operations",JSON.stringify({query:e.toString(),variables:n}));let r={};return i.forEach((a,d)=>r[String(d)]=[a.path]),o.append("map",JSON.stringify(r)),i.forEach((a,d)=>o.append(String(d),a.file,a.file.name)),Gt({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function ki(e){return new URL(e.replace(/^\/+/,""),Qt)}async function Yt(e,n){let i=Pe(),o;try{o=await fetch(ki(e),{headers:i?{Authorization:`Bearer ${i}`}:{},credentials:"omit"})}catch{throw new q("NETWORK","")}if(o.status===401)throw de(null),new q("UNAUTHENTICATED","");if(o.status===403)throw new q("FORBIDDEN","");if(o.status===404)throw new q("NOT_FOUND","");if(!o.ok)throw new q(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let r=URL.createObjectURL(await o.blob()),a=document.createElement("a");a.href=r,a.download=n,document.body.appendChild(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}var w=class extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}},Jt=new w(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Zt=new w(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),Xt=new w(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `,{fragmentName:"ProposalPageFields"}),en=new w(`
    mutation Logout {
  logout
}
    `),tn=new w(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),nn=new w(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),on=new w(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),rn=new w(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),an=new w(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),sn=new w(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),ln=new w(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),dn=new w(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),pn=new w(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),cn=new w(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),un=new w(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),mn=new w(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),gn=new w(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),fn=new w(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),hn=new w(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),yn=new w(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),bn=new w(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),vn=new w(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),An=new w(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Pn=new w(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Cn=new w(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),_n=new w(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Dn=new w(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),In=new w(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),kn=new w(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),wn=new w(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),xn=new w(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),$n=new w(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Sn=new w(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Tn=new w(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
}
    `);var xi={"\n  mutation Logout {\n    logout\n  }\n":en,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":tn,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":nn,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":on,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":rn,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":an,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":sn,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":ln,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":dn,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":pn,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":cn,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":un,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":mn,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Jt,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":gn,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":fn,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":hn,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":yn,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":bn,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":vn,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":An,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Pn,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Cn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":_n,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Dn,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":In,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":kn,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":wn,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Zt,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":xn,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":$n,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Xt,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":Sn,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n  }\n":Tn};function _(e){return xi[e]??{}}function j(e,n,i=!1){let o=JSON.stringify(n),[r,a]=g(void 0),[d,l]=g(void 0),[m,b]=g(!i),c=Ae(0),v=qt(async()=>{if(i)return;let A=++c.current;b(!0);try{let s=await N(e,JSON.parse(o));A===c.current&&(a(s),l(void 0))}catch(s){A===c.current&&l(s instanceof q?s:new q("INTERNAL",String(s)))}finally{A===c.current&&b(!1)}},[e,o,i]);return H(()=>{v()},[v]),{data:r,error:d,loading:m,reload:v}}function L(e){let[n,i]=g(!1),[o,r]=g(void 0);return{run:async(...d)=>{i(!0),r(void 0);try{return await e(...d)}catch(l){r(l instanceof q?l:new q("INTERNAL",String(l)));return}finally{i(!1)}},busy:n,error:o,clear:()=>r(void 0)}}function Nn(){let e=location.hash.replace(/^#/,"")||"/",n=e.indexOf("?");return n<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,n),query:new URLSearchParams(e.slice(n+1))}}function En(){let[e,n]=g(Nn);return H(()=>{let i=()=>n(Nn());return window.addEventListener("hashchange",i),()=>window.removeEventListener("hashchange",i)},[]),e}function U(e,n){let i=new URLSearchParams;for(let[r,a]of Object.entries(n??{}))a&&i.set(r,a);let o=i.toString();return`#${e}${o?`?${o}`:""}`}function Re(e,n){location.hash=U(e,n)}function $i(e,n){let i=e.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(i.length!==o.length)return null;let r={};for(let a=0;a<i.length;a++){let d=i[a];if(d.startsWith(":"))r[d.slice(1)]=decodeURIComponent(o[a]);else if(d!==o[a])return null}return r}function Rn(e,n){for(let i of e){let o=$i(i.path,n);if(o)return{route:i,params:o}}return null}var Mn=_(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
  }
`);function W(e,n){return!n||!e.permissions?!0:e.permissions.some(i=>i.resource===n.resource&&i.action===n.action)}var tt=wt(null);function ce(){let e=Ut(tt);if(!e)throw new Error("useViewer outside a signed-in app");return e}var Si=Symbol.for("pv"),Ti=0;function t(e,n,i,o,r,a){n||(n={});var d,l,m=n;if("ref"in m&&typeof e!="function")for(l in m={},n)l=="ref"?d=n[l]:m[l]=n[l];var b={type:e,props:m,key:i,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Si,__v:--Ti,__i:-1,__u:0};return(r||a)&&(b.__source=r,b.__self=a),S.vnode&&S.vnode(b),b}function On(){let e=ce(),n=Ce.filter(i=>i.nav&&i.path!=="/"&&W(e,i.permission)).sort((i,o)=>i.nav.order-o.nav.order);return t("section",{children:[t("h1",{children:h("home")}),t("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),t("ul",{class:"tiles",children:n.map(i=>t("li",{children:t("a",{class:"tile",href:U(i.path),children:i.nav.label()})},i.path))})]})}var p=pe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Me="Asia/Tokyo",Ni=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Me}),Ei=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Ri=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Me}),Fn=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Me}),Mi=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Me});function Ln(e){return e.replace(/(\D)1年/,"$1元年")}function Oe(e){if(!e)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return e;let i=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return le()==="en"?e:`${Ln(Ei.format(i))}（${e}）`}function O(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return e;let i=Ri.format(n);return le()==="en"?`${Mi.format(n)} ${Fn.format(n)}`:`${Ln(Ni.format(n))}（${i}）${Fn.format(n)}`}function B({tone:e="neutral",icon:n,children:i,testid:o}){return t("span",{class:`badge badge-${e}`,"data-testid":o,children:[n&&t("span",{"aria-hidden":"true",children:[n," "]}),i]})}function T({error:e,onRetry:n,retryLabel:i}){return e?t("div",{class:"banner banner-error",role:"alert",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:Wt(e)}),n&&t("button",{type:"button",class:"btn btn-small",onClick:n,children:i})]}):null}function V({children:e}){return e?t("div",{class:"banner banner-notice",role:"status",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),t("span",{children:e})]}):null}function X({label:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function D({variant:e="secondary",busy:n,disabled:i,children:o,type:r,...a}){return t("button",{...a,type:r??"button",class:`btn btn-${e}`,disabled:i||n,"aria-busy":n?"true":void 0,children:o})}function nt({id:e,label:n,required:i}){return t("label",{for:e,children:[n,i&&t("span",{class:"required",children:[" （",h("required"),"）"]})]})}function it(e,n,i){return[n?`${e}-help`:"",i?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function ot({id:e,help:n,error:i}){return t(E,{children:[n&&t("p",{class:"help",id:`${e}-help`,children:n}),i&&t("p",{class:"field-error",id:`${e}-err`,children:i})]})}function M(e){let n=G();return t("div",{class:"field",children:[t(nt,{id:n,label:e.label,required:e.required}),t("input",{id:n,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":it(n,e.help,e.error),"data-testid":e.testid,onInput:i=>e.onInput(i.currentTarget.value)}),t(ot,{id:n,help:e.help,error:e.error})]})}function ee(e){let n=G();return t("div",{class:"field",children:[t(nt,{id:n,label:e.label,required:e.required}),t("textarea",{id:n,name:e.name,rows:e.rows??4,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":it(n,e.help,e.error),"data-testid":e.testid,onInput:i=>e.onInput(i.currentTarget.value)}),t(ot,{id:n,help:e.help,error:e.error})]})}function K(e){let n=G();return t("div",{class:"field",children:[t(nt,{id:n,label:e.label,required:e.required}),t("select",{id:n,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":it(n,e.help,e.error),"data-testid":e.testid,onChange:i=>e.onChange(i.currentTarget.value),children:e.options.map(i=>t("option",{value:i.value,children:i.label},i.value))}),t(ot,{id:n,help:e.help,error:e.error})]})}function z({legend:e,children:n,class:i}){return t("fieldset",{class:`fieldset ${i??""}`,children:[t("legend",{children:e}),n]})}function Fe(e){let[n,i]=g([]);H(()=>i([]),[e.resetKey]);let o=e.page?.edges??[],r=n.length*e.pageSize+1;return t("div",{class:"table-wrap",children:[t("table",{class:"table","data-testid":e.testid,children:[t("caption",{children:e.caption}),t("thead",{children:t("tr",{children:e.columns.map(a=>t("th",{scope:"col",class:a.class,children:a.header}))})}),t("tbody",{children:[o.length===0&&t("tr",{children:t("td",{colSpan:e.columns.length,children:h("empty")})}),o.map(a=>t("tr",{children:e.columns.map(d=>t("td",{class:d.class,children:d.cell(a.node)}))},e.rowKey(a.node)))]})]}),e.page&&t("nav",{class:"pager","aria-label":e.caption,children:[t("span",{role:"status",children:o.length>0?h("pageInfo",{from:r,to:r+o.length-1,n:e.page.totalCount}):h("totalCount",{n:e.page.totalCount})}),t(D,{disabled:n.length===0,onClick:()=>{let a=n.slice(0,-1);i(a),e.onAfter(n[n.length-1]??null)},children:["← ",h("prev")]}),t(D,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{i([...n,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[h("next")," →"]})]})]})}function Oi(e){return p(`status${e}`)}function ue(e){return p(`kind${e}`)}var Fi={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Le({status:e}){return t(B,{tone:Fi[e],testid:"proposal-status",children:Oi(e)})}var qn=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Un(e){return e<1024?p("bytes",{n:e}):e<1024*1024?p("kb",{n:(e/1024).toFixed(1)}):p("mb",{n:(e/1024/1024).toFixed(1)})}_(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var Li=_(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),qi=_(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Bn=20,Ui=["status","kind","challenge","department","from","to","q"];function Bi(e){let n={};for(let i of Ui){let o=e.get(i);o&&(n[i]=o)}return n}function Hi(e){let n={};return e.status&&(n.status=e.status),e.kind&&(n.kind=e.kind),e.challenge&&(n.challengeId=e.challenge),e.department&&(n.departmentId=e.department),(e.from||e.to)&&(n.submittedOn={from:e.from||null,to:e.to||null}),e.q&&(n.search=e.q),n}function ji(e){let n=new Map;return e.map(i=>{let o=i.parent?(n.get(i.parent.id)??0)+1:0;return n.set(i.id,o),{value:i.id,label:`${"　".repeat(o)}${i.name}`}})}function Hn({query:e}){let n=Bi(e),[i,o]=g(n),[r,a]=g(null),d=Hi(n),l=JSON.stringify(d),m=j(Li,{first:Bn,after:r,filter:d}),b=j(qi,{}),c=s=>f=>o({...i,[s]:f}),v=s=>{a(null),Re("/proposals",s)},A=[{header:p("colTitle"),cell:s=>t("a",{href:U(`/proposals/${encodeURIComponent(s.id)}`),"data-testid":"proposal-link",children:s.title})},{header:p("colProposer"),cell:s=>s.organization?.name??""},{header:p("colKind"),cell:s=>s.kind==="CHALLENGE"&&s.challenge?`${ue(s.kind)}：${s.challenge.title}`:ue(s.kind)},{header:p("colStatus"),cell:s=>t(Le,{status:s.status})},{header:p("colSubmitted"),cell:s=>s.submittedAt?O(s.submittedAt):p("notSubmitted")},{header:p("colAssigned"),cell:s=>t("ul",{class:"plain",children:s.assignments.map(f=>t("li",{children:[f.department.name,f.dueOn&&`（${Oe(f.dueOn)}）`,f.respondedAt&&t(B,{tone:"success",children:p("answered")})]},f.department.id))})}];return t("section",{children:[t("h1",{children:p("inboxTitle")}),t("nav",{"aria-label":p("statusTabs"),class:"tabs",children:t("ul",{children:[t("li",{children:t("a",{href:U("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:p("all")})}),qn.map(s=>t("li",{children:t("a",{href:U("/proposals",{...n,status:s}),"aria-current":n.status===s?"page":void 0,"data-testid":`status-tab-${s}`,children:p(`status${s}`)})},s))]})}),t("form",{class:"filters",role:"search",onSubmit:s=>{s.preventDefault(),v(i)},children:[t(z,{legend:p("filters"),class:"filters-grid",children:[t(M,{label:p("search"),type:"search",value:i.q??"",onInput:c("q"),testid:"filter-search"}),t(K,{label:p("kind"),value:i.kind??"",onChange:c("kind"),options:[{value:"",label:p("any")},...["FREE","CHALLENGE"].map(s=>({value:s,label:ue(s)}))]}),t(K,{label:p("challenge"),value:i.challenge??"",onChange:c("challenge"),options:[{value:"",label:p("any")},...b.data?.challenges.edges.map(s=>({value:s.node.id,label:s.node.title}))??[]]}),t(K,{label:p("department"),value:i.department??"",onChange:c("department"),options:[{value:"",label:p("any")},...ji(b.data?.municipality.departments??[])],testid:"filter-department"}),t(M,{label:p("submittedFrom"),type:"date",value:i.from??"",onInput:c("from")}),t(M,{label:p("submittedTo"),type:"date",value:i.to??"",onInput:c("to")})]}),t("div",{class:"actions",children:[t(D,{type:"submit",variant:"primary","data-testid":"filter-apply",children:p("apply")}),t(D,{onClick:()=>{o({}),v({})},children:p("reset")})]})]}),t(T,{error:m.error,onRetry:()=>{m.reload()},retryLabel:h("retry")}),m.loading&&!m.data&&t(X,{label:h("loading")}),m.data&&t(Fe,{caption:p("inboxCaption"),columns:A,page:m.data.proposals,after:r,onAfter:a,resetKey:l,rowKey:s=>s.id,pageSize:Bn,testid:"inbox-table"})]})}function me(e){let n=Ae(null),i=G(),o=Ae(null);return H(()=>{let r=n.current;r&&(e.open&&!r.open?(o.current=document.activeElement,r.showModal()):!e.open&&r.open&&(r.close(),o.current instanceof HTMLElement&&o.current.focus()))},[e.open]),t("dialog",{ref:n,class:"dialog","aria-labelledby":i,onCancel:r=>{r.preventDefault(),e.onCancel()},children:[t("h2",{id:i,children:e.title}),t("div",{class:"dialog-body",children:e.children}),t("div",{class:"actions",children:[t(D,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??h("ok")}),t(D,{onClick:e.onCancel,children:h("cancel")})]})]})}function rt(e){return new Set(["ASSIGN","RESPOND","DECIDE","LINK","MESSAGE","INTERNAL_NOTE","ATTACH"])}var Ki=_(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Vi=_(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),zi=_(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Qi=_(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Wi=_(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),Gi=_(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function jn({p:e,actions:n,onChange:i}){let o=["ASSIGN","RESPOND","DECIDE","LINK"].some(r=>n.has(r));return t("div",{class:"panel",children:[t("h2",{id:"actions-title",children:p("secActions")}),!o&&t("p",{class:"muted",children:p("noActions")}),n.has("ASSIGN")&&t(Yi,{p:e,onChange:i}),n.has("RESPOND")&&t(Ji,{p:e,onChange:i}),n.has("DECIDE")&&t(Zi,{p:e,onChange:i}),n.has("LINK")&&t(Xi,{p:e,onChange:i})]})}function Yi({p:e,onChange:n}){let i=j(Wi,{}),[o,r]=g(new Set),[a,d]=g(""),[l,m]=g(""),[b,c]=g(!1),v=L(async()=>{let P=await N(Ki,{id:e.id,departmentIds:[...o],dueOn:a||null});r(new Set),m(p("assigned")),n(P.assignProposal.proposal)}),A=new Set(e.assignments.map(P=>P.department.id)),s=new Map,f=(i.data?.municipality.departments??[]).map(P=>{let y=P.parent?(s.get(P.parent.id)??0)+1:0;return s.set(P.id,y),{...P,depth:Math.min(y,3)}});return t("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[t("h3",{id:"assign-title",children:p("assignTitle")}),t("p",{class:"help",children:p("assignHelp")}),t("form",{onSubmit:P=>{if(P.preventDefault(),m(""),o.size===0){c(!0);return}c(!1),v.run()},children:[t(z,{legend:p("assignDepartments"),class:"tree",children:[t(T,{error:i.error}),t("ul",{class:"plain",children:f.map(P=>t("li",{class:`depth-${P.depth}`,children:t("label",{class:"check",children:[t("input",{type:"checkbox",checked:A.has(P.id)||o.has(P.id),disabled:A.has(P.id),onChange:y=>{let I=new Set(o);y.currentTarget.checked?I.add(P.id):I.delete(P.id),r(I)}})," ",P.name]})},P.id))}),b&&t("p",{class:"field-error",role:"alert",children:p("assignPick")})]}),t(M,{label:p("assignDue"),type:"date",value:a,onInput:d,testid:"assign-due"}),t(T,{error:v.error}),t(V,{children:l}),t(D,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"assign-submit",children:p("assignSubmit")})]})]})}function Ji({p:e,onChange:n}){let[i,o]=g(""),[r,a]=g(""),[d,l]=g(""),[m,b]=g(!1),c=L(async()=>{let v=await N(Vi,{id:e.id,opinion:i,feasible:r==="yes"});l(p("responded")),n(v.respondToAssignment.proposal)});return t("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[t("h3",{id:"respond-title",children:p("respondTitle")}),t("form",{onSubmit:v=>{v.preventDefault(),b(!0),l(""),!(!i.trim()||!r)&&c.run()},children:[t(z,{legend:p("respondFeasible"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"yes",checked:r==="yes",onChange:()=>a("yes"),"data-testid":"respond-feasible-yes"})," ",p("feasibleYes")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"no",checked:r==="no",onChange:()=>a("no"),"data-testid":"respond-feasible-no"})," ",p("feasibleNo")]}),m&&!r&&t("p",{class:"field-error",children:p("respondFeasible")})]}),t(ee,{label:p("respondOpinion"),required:!0,value:i,onInput:o,error:m&&!i.trim()?p("opinionRequired"):void 0,testid:"respond-opinion"}),t(T,{error:c.error}),t(V,{children:d}),t(D,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"respond-submit",children:p("respondSubmit")})]})]})}function Zi({p:e,onChange:n}){let[i,o]=g(""),[r,a]=g(""),[d,l]=g(!1),[m,b]=g(!1),[c,v]=g(""),A=L(async()=>{if(!i)return;let f=await N(zi,{id:e.id,decision:i,reason:r});b(!1),v(p("decided")),n(f.decideProposal.proposal)}),s=i==="ACCEPTED"?p("decideAccept"):p("decideDecline");return t("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[t("h3",{id:"decide-title",children:p("decideTitle")}),t("form",{onSubmit:f=>{f.preventDefault(),l(!0),v(""),!(!i||!r.trim())&&b(!0)},children:[t(z,{legend:p("decision"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:i==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",p("decideAccept")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"DECLINED",checked:i==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",p("decideDecline")]}),d&&!i&&t("p",{class:"field-error",children:p("decision")})]}),t(ee,{label:p("reason"),help:p("reasonHelp"),required:!0,value:r,onInput:a,error:d&&!r.trim()?p("reasonRequired"):void 0,testid:"decide-reason"}),t(T,{error:A.error}),t(V,{children:c}),t(D,{type:"submit",variant:"primary","data-testid":"decide-submit",children:p("decideSubmit")})]}),t(me,{open:m,title:p("decideConfirmTitle"),confirmLabel:s,danger:i==="DECLINED",busy:A.busy,onConfirm:()=>{A.run()},onCancel:()=>b(!1),children:[t("p",{children:p("decideConfirm",{title:e.title,decision:s})}),t("p",{class:"prewrap",children:[p("reason"),"：",r]}),t(T,{error:A.error})]})]})}function Xi({p:e,onChange:n}){let i=j(Gi,{}),[o,r]=g(""),[a,d]=g(""),[l,m]=g(""),[b,c]=g(""),[v,A]=g("PARTNERSHIP"),[s,f]=g("BUSINESS"),[P,y]=g(""),[I,k]=g(""),[C,x]=g(""),[oe,De]=g(!1),te=L(async()=>{let $=await N(Qi,{id:e.id,projectId:o==="existing"&&l?l:null,agreementId:a==="existing"&&b?b:null,newProject:o==="new"?{kind:v,title:P.trim()||null}:null,newAgreement:a==="new"?{kind:s,title:I.trim()||null}:null});x(p("linked")),r(""),d(""),n($.linkProposalOutcome.proposal),i.reload()}),Y=[{value:"",label:p("linkNone")},{value:"existing",label:p("linkExisting")},{value:"new",label:p("linkNew")}],fe={value:"",label:p("linkPick")};return t("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[t("h3",{id:"link-title",children:p("linkTitle")}),t("p",{class:"help",children:p("linkHelp")}),t(T,{error:i.error}),t("form",{onSubmit:$=>{$.preventDefault(),x("");let J=o==="existing"&&l||o==="new"||a==="existing"&&b||a==="new";De(!J),J&&te.run()},children:[t(z,{legend:p("linkProject"),children:[t(K,{label:p("linkProject"),value:o,onChange:$=>r($),options:Y,testid:"link-project-mode"}),o==="existing"&&t(K,{label:p("linkPick"),value:l,onChange:m,options:[fe,...i.data?.projects.edges.map($=>({value:$.node.id,label:$.node.title}))??[]],testid:"link-project"}),o==="new"&&t(E,{children:[t(K,{label:p("newKind"),value:v,onChange:$=>A($),options:["PARTNERSHIP","DEMONSTRATION"].map($=>({value:$,label:p(`proj${$}`)}))}),t(M,{label:p("newTitle"),value:P,onInput:y})]})]}),t(z,{legend:p("linkAgreement"),children:[t(K,{label:p("linkAgreement"),value:a,onChange:$=>d($),options:Y,testid:"link-agreement-mode"}),a==="existing"&&t(K,{label:p("linkPick"),value:b,onChange:c,options:[fe,...i.data?.agreements.edges.map($=>({value:$.node.id,label:$.node.title}))??[]],testid:"link-agreement"}),a==="new"&&t(E,{children:[t(K,{label:p("newKind"),value:s,onChange:$=>f($),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map($=>({value:$,label:p(`agr${$}`)}))}),t(M,{label:p("newTitle"),value:I,onInput:k})]})]}),oe&&t("p",{class:"field-error",role:"alert",children:p("linkNothing")}),t(T,{error:te.error}),t(V,{children:C}),t(D,{type:"submit",variant:"primary",busy:te.busy,"data-testid":"link-submit",children:p("linkSubmit")})]})]})}var eo=_(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),to=_(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Kn({p:e,actions:n,onChange:i,onReload:o}){let r=n.has("MESSAGE"),a=n.has("INTERNAL_NOTE"),[d,l]=g(!r&&a),[m,b]=g(""),[c,v]=g(""),A=L(async()=>{let y=await N(eo,{proposalId:e.id,body:m,internal:d});b(""),v(d?p("postedNote"):p("posted")),i(y.postProposalMessage.proposal)}),[s,f]=g(null),P=L(async y=>{if(!s)return;let I=await Ee(to,{proposalId:e.id,file:null},[{path:"variables.file",file:s}]);f(null),y.reset(),v(p("attached",{name:I.attachFile.fileName})),await o()});return t("section",{"aria-labelledby":"sec-dialogue",children:[t("h2",{id:"sec-dialogue",children:p("secDialogue")}),t("p",{class:"help",children:p("dialogueHelp")}),e.messages.length===0?t("p",{class:"muted",children:p("noMessages")}):t("ol",{class:"messages","data-testid":"messages",children:e.messages.map(y=>t("li",{class:y.internal?"msg msg-internal":"msg msg-shared","data-testid":y.internal?"internal-note":"shared-message",children:[t("div",{class:"msg-head",children:[y.internal?t(B,{tone:"internal",icon:"✎",children:[p("internalNote"),"（",p("internalNoteHint"),"）"]}):t(B,{tone:"info",icon:"✉",children:p("sharedMessage")}),t("span",{class:"msg-author",children:at(y.author)}),t("time",{class:"muted",dateTime:y.createdAt,children:O(y.createdAt)})]}),t("p",{class:"prewrap",children:y.body})]},y.id))}),t(V,{children:c}),(r||a)&&t("form",{class:"post-form",onSubmit:y=>{y.preventDefault(),v(""),A.run()},children:[r&&a&&t(z,{legend:p("postKind"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>l(!1),"data-testid":"post-shared"}),t("span",{"aria-hidden":"true",children:"✉ "}),p("sharedMessage")]}),t("label",{class:"radio radio-internal",children:[t("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>l(!0),"data-testid":"post-internal"}),t("span",{"aria-hidden":"true",children:"✎ "}),p("internalNote"),"（",p("internalNoteHint"),"）"]})]}),t(ee,{label:d?`${p("postBody")}（${p("internalNote")}）`:`${p("postBody")}（${p("sharedMessage")}）`,required:!0,value:m,onInput:b,rows:4,testid:"post-body"}),t(T,{error:A.error}),t(D,{type:"submit",variant:"primary",busy:A.busy,disabled:!m.trim(),"data-testid":"post-submit",children:p("post")})]}),n.has("ATTACH")&&t("form",{class:"attach-form",onSubmit:y=>{y.preventDefault(),v(""),P.run(y.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:"attach-file",children:p("attachFile")}),t("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:y=>f(y.currentTarget.files?.[0]??null)})]}),t(T,{error:P.error}),t(D,{type:"submit",busy:P.busy,disabled:!s,children:p("attach")})]})]})}_(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    summary
    body
    desiredScheme
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var no=_(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Vn=["CITY","PARTNER"],zn=["PEOPLE","GOODS","MONEY","INFORMATION"],io=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function at(e){if(!e)return"";let n=p(`actor${e.kind}`),i=[e.department?.name,e.displayName].filter(Boolean).join(" ");return i?`${n}：${i}`:n}function Qn({params:e}){let n=e.id,i=j(no,{id:n}),[o,r]=g(null),a=o??i.data?.proposal??null,d=m=>r(m),l=async()=>{r(null),await i.reload()};return t("article",{class:"proposal",children:[t("p",{children:t("a",{href:U("/proposals"),children:["← ",p("back")]})}),t(T,{error:i.error,onRetry:()=>{i.reload()},retryLabel:h("retry")}),i.loading&&!a&&t(X,{label:h("loading")}),i.data&&!a&&t("p",{class:"banner banner-error",role:"alert",children:p("notFound")}),a&&t(E,{children:[t("header",{class:"proposal-head",children:[t("h1",{"data-testid":"proposal-title",children:a.title}),t("p",{class:"meta",children:[t(Le,{status:a.status})," ",t(B,{children:ue(a.kind)}),a.challenge&&t("span",{children:[" ",a.challenge.title]})]}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:p("organization")}),t("dd",{children:a.organization?.name??p("none")})]}),t("div",{children:[t("dt",{children:p("submittedAt")}),t("dd",{children:a.submittedAt?O(a.submittedAt):p("notSubmitted")})]}),a.decidedAt&&t("div",{children:[t("dt",{children:p("decidedAt")}),t("dd",{children:O(a.decidedAt)})]}),a.project&&t("div",{children:[t("dt",{children:p("currentProject")}),t("dd",{"data-testid":"linked-project",children:a.project.title})]}),a.agreement&&t("div",{children:[t("dt",{children:p("currentAgreement")}),t("dd",{"data-testid":"linked-agreement",children:a.agreement.title})]})]})]}),t("div",{class:"proposal-grid",children:[t("div",{class:"proposal-main",children:[t(oo,{p:a}),t(ro,{p:a}),t(ao,{p:a}),t(Kn,{p:a,actions:rt(a),onChange:d,onReload:l}),t(so,{p:a})]}),t("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:t(jn,{p:a,actions:rt(a),onChange:d})})]})]})]})}function st({text:e}){return e.trim()?t(E,{children:e.split(/\n{2,}/).map((n,i)=>t("p",{class:"prewrap",children:n},i))}):t("p",{class:"muted",children:p("none")})}function oo({p:e}){return t("section",{"aria-labelledby":"sec-content",children:[t("h2",{id:"sec-content",children:p("secContent")}),t("h3",{children:p("summary")}),t(st,{text:e.summary}),t("h3",{children:p("body")}),t(st,{text:e.body}),t("h3",{children:p("desiredScheme")}),t(st,{text:e.desiredScheme}),t("h3",{children:p("resources")}),t("div",{class:"table-wrap",children:t("table",{class:"table matrix","data-testid":"resources-matrix",children:[t("caption",{class:"visually-hidden",children:p("resourcesCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:p("side")}),zn.map(n=>t("th",{scope:"col",children:p(`res${n}`)},n))]})}),t("tbody",{children:Vn.map(n=>t("tr",{children:[t("th",{scope:"row",children:p(`side${n}`)}),zn.map(i=>{let o=e.resources.filter(r=>r.side===n&&r.kind===i);return t("td",{children:o.length===0?t("span",{class:"muted",children:"—"}):t("ul",{class:"plain",children:o.map((r,a)=>t("li",{children:r.description},a))})},i)})]},n))})]})}),t("h3",{children:p("merits")}),t("div",{class:"merits",children:Vn.map(n=>{let i=e.merits.filter(o=>o.side===n);return t("div",{children:[t("h4",{children:p("meritFor",{side:p(`side${n}`)})}),i.length===0?t("p",{class:"muted",children:p("none")}):t("ul",{children:i.map((o,r)=>t("li",{children:o.description},r))})]},n)})}),e.contact&&t(E,{children:[t("h3",{children:p("contact")}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:p("affiliation")}),t("dd",{children:e.contact.affiliation})]}),t("div",{children:[t("dt",{children:p("contactName")}),t("dd",{children:e.contact.name})]}),t("div",{children:[t("dt",{children:p("email")}),t("dd",{children:e.contact.email})]}),t("div",{children:[t("dt",{children:p("phone")}),t("dd",{children:e.contact.phone})]})]})]})]})}function ro({p:e}){let[n,i]=g(null);return t("section",{"aria-labelledby":"sec-attachments",children:[t("h2",{id:"sec-attachments",children:p("secAttachments")}),t(T,{error:n}),e.attachments.length===0?t("p",{class:"muted",children:p("noAttachments")}):t("ul",{class:"files","data-testid":"attachments",children:e.attachments.map(o=>t("li",{children:[t(D,{variant:"link","aria-label":p("download",{name:o.fileName}),onClick:()=>{i(null),Yt(o.downloadUrl,o.fileName).catch(i)},children:[t("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",t("span",{class:"muted",children:[Un(o.size)," ・ ",O(o.createdAt),o.messageId&&` ${p("onMessage")}`]})]},o.id))})]})}function ao({p:e}){return t("section",{"aria-labelledby":"sec-assignments",children:[t("h2",{id:"sec-assignments",children:p("secAssignments")}),e.assignments.length===0?t("p",{class:"muted",children:p("noAssignments")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"assignments",children:[t("caption",{class:"visually-hidden",children:p("assignmentsCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:p("department")}),t("th",{scope:"col",children:p("dueOn")}),t("th",{scope:"col",children:p("feasible")}),t("th",{scope:"col",children:p("opinion")}),t("th",{scope:"col",children:p("respondedAt")})]})}),t("tbody",{children:e.assignments.map(n=>t("tr",{children:[t("th",{scope:"row",children:n.department.name}),t("td",{children:n.dueOn?Oe(n.dueOn):"—"}),t("td",{children:n.feasible==null?t(B,{children:p("notAnswered")}):n.feasible?t(B,{tone:"success",icon:"○",children:p("feasibleYes")}):t(B,{tone:"danger",icon:"×",children:p("feasibleNo")})}),t("td",{class:"prewrap",children:n.opinion??""}),t("td",{children:n.respondedAt?O(n.respondedAt):"—"})]},n.department.id))})]})})]})}function so({p:e}){return t("section",{"aria-labelledby":"sec-history",children:[t("h2",{id:"sec-history",children:p("secHistory")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"history",children:[t("caption",{class:"visually-hidden",children:p("historyCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:p("colWhen")}),t("th",{scope:"col",children:p("colAction")}),t("th",{scope:"col",children:p("colChange")}),t("th",{scope:"col",children:p("colActor")}),t("th",{scope:"col",children:p("colReason")})]})}),t("tbody",{children:e.history.map((n,i)=>t("tr",{children:[t("td",{children:O(n.at)}),t("td",{children:io.has(n.action)?p(`act${n.action}`):n.action}),t("td",{children:n.from||n.to?`${n.from?p(`status${n.from}`):""} → ${n.to?p(`status${n.to}`):""}`:""}),t("td",{children:at(n.actor)}),t("td",{class:"prewrap",children:n.reason})]},i))})]})})]})}var Wn=[{path:"/proposals",component:Hn,nav:{label:()=>p("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Qn,permission:{resource:"proposal",action:"read"}}];var u=pe({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});function Gn(e){let[n,i]=g(e.blank),[o,r]=g("");H(()=>{e.item&&i(e.toForm(e.item))},[e.item]);let a=L(async()=>{if(r(""),!e.item){let d=await e.create(n);r(u("created")),Re(e.path(d));return}await e.update(n,e.item.version),r(u("saved")),await e.q.reload()});return{form:n,set:(d,l)=>i(m=>({...m,[d]:l})),save:()=>{a.run()},busy:a.busy,error:a.error,notice:o,setNotice:r,reload:()=>{a.clear(),e.q.reload()}}}function lt({state:e,publishedAt:n}){return e==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?t(B,{tone:"warning",icon:"⏰",testid:"pub-state",children:u("stateScheduled")}):t(B,{tone:e==="PUBLISHED"?"success":e==="ARCHIVED"?"neutral":"info",icon:e==="PUBLISHED"?"●":e==="ARCHIVED"?"■":"✎",testid:"pub-state",children:u(`state${e}`)})}var lo=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function dt(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return"";let i=Object.fromEntries(lo.formatToParts(n).map(r=>[r.type,r.value])),o=i.hour==="24"?"00":i.hour;return`${i.year}-${i.month}-${i.day}T${o}:${i.minute}`}function ge(e){return e?`${e.length===16?`${e}:00`:e}+09:00`:null}function Jn(e,n=!1){return(n?e.split(/\r?\n/):e.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function po(e){return e<1024?u("bytes",{n:e}):e<1024*1024?u("kb",{n:(e/1024).toFixed(1)}):u("mb",{n:(e/1024/1024).toFixed(1)})}function _e(e){return e.trim()===""?null:e}function Zn({error:e,onReload:n}){return e?e.code==="CONFLICT"?t("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:u("conflict")}),t("button",{type:"button",class:"btn btn-small",onClick:n,children:u("reloadLatest")})]}):t(T,{error:e}):null}function pt({title:e,list:n,listLabel:i,children:o}){return t("div",{class:"content-head",children:[t("p",{class:"content-back",children:t("a",{href:U(n),children:["← ",u("backToList"),"（",i,"）"]})}),t("h1",{children:e}),o]})}var Yn=_(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),co=_(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),uo=_(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),mo=_(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),go=_(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function Xn(e){let n=ce(),i=W(n,{resource:"content",action:"publish"}),o=W(n,{resource:"content",action:"preview"}),r=W(n,{resource:"content",action:"restore"}),[a,d]=g(null),[l,m]=g(""),[b,c]=g(""),[v,A]=g(!1),[s,f]=g(null),P=L(async x=>{switch(c(""),x){case"publish":await N(Yn,{id:e.id,at:null}),c(u("published"));break;case"schedule":await N(Yn,{id:e.id,at:ge(l)}),c(u("scheduled"));break;case"unpublish":await N(co,{id:e.id}),c(u("unpublished"));break;case"archive":await N(uo,{id:e.id}),c(u("archived"));break;case"delete":await e.remove(e.id),A(!0),c(u("deleted",{title:e.title})),d(null);return;case"undo":await N(mo,{id:e.id}),A(!1),c(u("restored")),e.onRestored();return;case"preview":{let oe=await N(go,{id:e.id});f(oe.createPreviewToken);return}}d(null),e.onChanged()}),y=x=>{P.run(x).then(()=>d(null))},I=G();if(v)return t("section",{"aria-labelledby":`${I}-h`,class:"content-panel",children:[t("h2",{id:`${I}-h`,children:u("secPublication")}),t(V,{children:b}),t(T,{error:P.error}),r&&t(D,{variant:"primary",busy:P.busy,onClick:()=>y("undo"),"data-testid":"restore-deleted",children:u("restoreDeleted")})]});let k={publish:{title:u("confirmPublish"),body:u("confirmPublishBody",{title:e.title}),label:u("publishNow"),danger:!1},unpublish:{title:u("confirmUnpublish"),body:u("confirmUnpublishBody",{title:e.title}),label:u("unpublish"),danger:!0},archive:{title:u("confirmArchive"),body:u("confirmArchiveBody",{title:e.title}),label:u("archive"),danger:!0},delete:{title:u("confirmDelete"),body:u("confirmDeleteBody",{title:e.title}),label:u("delete"),danger:!0}},C=a?k[a]:null;return t("section",{"aria-labelledby":`${I}-h`,class:"content-panel","data-testid":"publication",children:[t("h2",{id:`${I}-h`,children:u("secPublication")}),e.state&&t("p",{children:[t(lt,{state:e.state,publishedAt:e.publishedAt})," ",e.publishedAt&&(new Date(e.publishedAt).getTime()>Date.now()?u("scheduledAt",{at:O(e.publishedAt)}):u("publishedAt",{at:O(e.publishedAt)}))]}),e.pending&&t("p",{class:"content-pending",children:u("pendingNotice")}),t(V,{children:b}),t(T,{error:P.error}),e.state&&i&&t(E,{children:[t("div",{class:"actions",children:[t(D,{variant:"primary",onClick:()=>d("publish"),"data-testid":"publish-now",children:u("publishNow")}),e.state!=="DRAFT"&&t(D,{onClick:()=>d("unpublish"),"data-testid":"unpublish",children:u("unpublish")}),e.state!=="ARCHIVED"&&t(D,{onClick:()=>d("archive"),"data-testid":"archive",children:u("archive")})]}),t("form",{class:"content-schedule",onSubmit:x=>{x.preventDefault(),l&&y("schedule")},children:t(z,{legend:u("publishAt"),children:[t(M,{label:u("publishAtLabel"),type:"datetime-local",value:l,onInput:m,help:u("publishAtHelp"),required:!0,testid:"publish-at"}),t(D,{type:"submit",busy:P.busy,disabled:!l,"data-testid":"schedule",children:u("schedule")})]})})]}),t("div",{class:"actions",children:[o&&e.state&&t(D,{onClick:()=>y("preview"),busy:P.busy,"data-testid":"make-preview",children:u("previewMake")}),s&&t("a",{class:"btn btn-link",href:U(`/preview/${s.token}`),"data-testid":"preview-link",children:u("previewLink",{at:O(s.expiresAt)})}),t(D,{variant:"danger",onClick:()=>d("delete"),"data-testid":"delete",children:u("delete")})]}),t(me,{open:C!==null,title:C?.title??"",confirmLabel:C?.label,danger:C?.danger,busy:P.busy,onConfirm:()=>a&&y(a),onCancel:()=>d(null),children:t("p",{children:C?.body})})]})}var fo=_(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),ho=_(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function ei({id:e,version:n,onRestored:i}){let o=ce(),r=W(o,{resource:"content",action:"readRevisions"}),a=W(o,{resource:"content",action:"revisions"}),d=j(fo,{id:e},!r);H(()=>{d.reload()},[n]);let[l,m]=g(null),[b,c]=g(""),v=L(async f=>{await N(ho,{id:f.id}),c(u("revRestored",{n:f.number})),m(null),i()}),A=G();if(!r)return null;let s=d.data?.revisions??[];return t("section",{"aria-labelledby":A,class:"content-panel",children:[t("h2",{id:A,children:u("secRevisions")}),t(V,{children:b}),t(T,{error:d.error??v.error}),s.length===0?t("p",{children:u("revNone")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"revisions",children:[t("caption",{class:"visually-hidden",children:u("revCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:u("revNumber")}),t("th",{scope:"col",children:u("revAuthor")}),t("th",{scope:"col",children:u("revAt")}),a&&t("th",{scope:"col",children:u("mediaOps")})]})}),t("tbody",{children:s.map(f=>t("tr",{children:[t("td",{children:[f.number," ",f.pending&&t(B,{tone:"warning",icon:"…",children:u("revPending")})]}),t("td",{children:f.author?.displayName??"—"}),t("td",{children:O(f.createdAt)}),a&&t("td",{children:t(D,{variant:"link",onClick:()=>m({id:f.id,number:f.number}),"aria-label":u("revRestoreNamed",{n:f.number}),children:u("revRestore")})})]},f.id))})]})}),t(me,{open:l!==null,title:l?u("confirmRevRestore",{n:l.number}):"",confirmLabel:u("revRestore"),busy:v.busy,onConfirm:()=>l&&void v.run(l),onCancel:()=>m(null),children:t("p",{children:u("confirmRevRestoreBody")})})]})}_(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var yo=_(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),bo=_(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),vo=_(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function Ao({m:e,onSaved:n}){let[i,o]=g(e.alt);H(()=>o(e.alt),[e.alt]);let r=L(async()=>{await N(bo,{id:e.id,alt:i}),n(u("mediaAltSaved",{file:e.fileName}))});return t("form",{class:"content-alt",onSubmit:a=>{a.preventDefault(),r.run()},children:[t(M,{label:u("mediaAltFor",{file:e.fileName}),value:i,onInput:o,maxLength:250,error:r.error?r.error.clerkMessage():void 0}),t(D,{type:"submit",busy:r.busy,disabled:i===e.alt,children:u("mediaAltSave")})]})}function ti({contentId:e,media:n,onChanged:i}){let o=ce(),r=W(o,{resource:"content",action:"media"}),[a,d]=g(null),[l,m]=g(""),[b,c]=g(""),[v,A]=g(""),[s,f]=g(null),P=L(async C=>{let x=await Ee(yo,{contentId:e,file:null,alt:_e(l)},[{path:"variables.file",file:a}]);c(u("mediaUploaded",{file:x.attachMedia.fileName})),d(null),m(""),C.reset(),i()}),y=L(async C=>{await N(vo,{id:C.id}),c(u("mediaDeleted",{file:C.fileName})),f(null),i()}),I=G(),k=G();return t("section",{"aria-labelledby":I,class:"content-panel","data-testid":"media",children:[t("h2",{id:I,children:u("secMedia")}),t(V,{children:b}),t(T,{error:P.error??y.error}),n.length===0?t("p",{children:u("mediaNone")}):t("ul",{class:"content-media",children:n.map(C=>t("li",{children:[t("p",{children:[t("strong",{children:C.fileName}),"（",C.contentType,"、",po(C.size),"）"," ",C.contentType.startsWith("image/")&&C.alt===""&&t(B,{tone:"warning",icon:"!",children:u("mediaAltMissing")})]}),r&&t("div",{class:"content-media-ops",children:[t(Ao,{m:C,onSaved:c}),t(D,{variant:"danger",onClick:()=>f(C),"aria-label":u("mediaDeleteNamed",{file:C.fileName}),children:u("mediaDelete")})]})]},C.id))}),r&&t("form",{class:"content-upload",onSubmit:C=>{if(C.preventDefault(),A(""),!a)return A(u("mediaChoose"));if(a.type.startsWith("image/")&&l.trim()==="")return A(u("mediaAskAlt"));P.run(C.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:k,children:u("mediaFile")}),t("input",{id:k,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${k}-help`,"data-testid":"media-file",onChange:C=>d(C.currentTarget.files?.[0]??null)}),t("p",{class:"help",id:`${k}-help`,children:u("mediaFileHelp")})]}),t(M,{label:u("mediaAlt"),value:l,onInput:m,help:u("mediaAltHelp"),maxLength:250,testid:"media-alt",error:v||void 0}),t(D,{type:"submit",variant:"primary",busy:P.busy,"data-testid":"media-upload",children:u("mediaUpload")})]}),t(me,{open:s!==null,title:s?u("confirmMediaDelete",{file:s.fileName}):"",confirmLabel:u("mediaDelete"),danger:!0,busy:y.busy,onConfirm:()=>s&&void y.run(s),onCancel:()=>f(null)})]})}function ni(e){return t(E,{children:[t("div",{class:"content-listhead",children:[t("h1",{children:e.title}),e.newLabel&&e.newPath&&t("a",{class:"btn btn-primary",href:U(e.newPath),"data-testid":"new-item",children:["＋ ",e.newLabel]})]}),e.filters&&t("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),e.onApply?.()},children:t(z,{legend:u("filters"),children:[t("div",{class:"content-filter-row",children:e.filters}),t("div",{class:"actions",children:[t(D,{type:"submit",variant:"primary",children:u("apply")}),t(D,{onClick:e.onClear,children:u("clear")})]})]})}),e.children]})}function ii(e){let[n,i]=g(e),[o,r]=g(e),[a,d]=g(null);return{draft:n,setDraft:i,filter:o,apply:()=>{r(n),d(null)},clear:()=>{i(e),r(e),d(null)},after:a,setAfter:d}}var ct=20,Po=_(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function ut(e){let n=j(Po,{}),i=[{value:"",label:e.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return t(K,{label:e.label,value:e.value,onChange:e.onChange,options:i,testid:e.testid})}var gs=_(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);var Co=_(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function ri(e){let n=ii({search:"",departmentId:"",isOpen:""}),i={search:_e(n.filter.search),departmentId:_e(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=j(Co,{first:ct,after:n.after,filter:i});return t(ni,{title:u("listChallenges"),newLabel:u("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:t(E,{children:[t(M,{label:u("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:u("searchHelp")}),t(ut,{label:u("department"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:u("any")}),t(K,{label:u("isOpen"),value:n.draft.isOpen,onChange:r=>n.setDraft({...n.draft,isOpen:r}),options:[{value:"",label:u("any")},{value:"true",label:u("open")},{value:"false",label:u("closed")}]})]}),children:[t(T,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&t(X,{label:h("loading")}),t(Fe,{caption:u("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ct,columns:[{header:u("colTitle"),cell:r=>t("a",{href:U(`/content/challenges/${r.id}`),children:r.title})},{header:u("colDepartment"),cell:r=>r.department?.name??"—"},{header:u("colPeriod"),cell:r=>r.opensAt||r.closesAt?`${O(r.opensAt)} 〜 ${O(r.closesAt)}`:"—"},{header:u("colState"),cell:r=>t(lt,{state:r.publicationState,publishedAt:r.publishedAt})},{header:u("colUpdated"),cell:r=>O(r.updatedAt)}]})]})}var _o=_(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Do=_(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),Io=_(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ko=_(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),wo={title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function oi(e){return{title:e.title,background:e.background,desiredOutcome:e.desiredOutcome,departmentId:_e(e.departmentId),tags:Jn(e.tags),opensAt:ge(e.opensAt),closesAt:ge(e.closesAt)}}function ai({params:e}){let n=e.id==="new",i=j(_o,{id:e.id??""},n),o=n?null:i.data?.challenge,r=Gn({q:i,item:o,blank:wo,toForm:l=>({title:l.title,background:l.background,desiredOutcome:l.desiredOutcome,departmentId:l.department?.id??"",tags:l.tags.join("、"),opensAt:dt(l.opensAt),closesAt:dt(l.closesAt)}),create:async l=>(await N(Do,{input:oi(l)})).createChallenge.id,update:(l,m)=>N(Io,{id:e.id,input:oi(l),version:m}),path:l=>`/content/challenges/${l}`}),a=n?u("newChallenge"):u("editChallenge");if(!n&&!o)return t(E,{children:[t(pt,{title:a,list:"/content/challenges",listLabel:u("listChallenges")}),i.loading?t(X,{label:h("loading")}):t(T,{error:i.error,onRetry:()=>{i.reload()},retryLabel:h("retry")})]});let d=r.form;return t(E,{children:[t(pt,{title:a,list:"/content/challenges",listLabel:u("listChallenges"),children:o&&t("p",{class:"content-sub",children:u("version",{n:o.version})})}),t("div",{class:"content-layout",children:[t("form",{class:"content-form",onSubmit:l=>{l.preventDefault(),r.save()},children:[t(V,{children:r.notice}),t(Zn,{error:r.error,onReload:r.reload}),t(M,{label:u("title"),value:d.title,onInput:l=>r.set("title",l),required:!0,maxLength:200,testid:"field-title"}),t(ut,{label:u("department"),value:d.departmentId,onChange:l=>r.set("departmentId",l),noneLabel:u("noDepartment"),testid:"field-department"}),t(ee,{label:u("background"),value:d.background,onInput:l=>r.set("background",l),rows:6}),t(ee,{label:u("desiredOutcome"),value:d.desiredOutcome,onInput:l=>r.set("desiredOutcome",l),rows:4}),t(M,{label:u("tags"),value:d.tags,onInput:l=>r.set("tags",l),help:u("tagsHelp")}),t("div",{class:"content-pair",children:[t(M,{label:u("opensAt"),type:"datetime-local",value:d.opensAt,onInput:l=>r.set("opensAt",l),help:O(ge(d.opensAt))}),t(M,{label:u("closesAt"),type:"datetime-local",value:d.closesAt,onInput:l=>r.set("closesAt",l),help:O(ge(d.closesAt))})]}),t("div",{class:"actions",children:t(D,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?u("create"):u("saveDraft")})})]}),o?t("aside",{class:"content-side",children:[t(Xn,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:l=>N(ko,{id:l}),onChanged:r.reload,onRestored:r.reload}),t(ti,{contentId:o.id,media:o.media,onChanged:r.reload}),t(ei,{id:o.id,version:o.version,onRestored:r.reload})]}):t("p",{class:"help",children:u("mediaAfterCreate")})]})]})}var si=[{path:"/content/challenges/:id",component:ai,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:ri,nav:{label:()=>u("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}}];var li=[];var Ce=[{path:"/",component:On,nav:{label:()=>h("home"),order:0}},...Wn,...si,...li];function di(e){let n=e.viewer.me;return t(E,{children:[t("a",{class:"skip",href:"#main",onClick:i=>{i.preventDefault(),document.getElementById("main")?.focus()},children:h("skipToMain")}),t("header",{class:"header",children:[t("div",{class:"brand",children:[t("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",h("appName")]}),t("div",{class:"header-tools",children:[t("span",{class:"who","data-testid":"who",children:h("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),t(mt,{}),t(D,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:h("signOut")})]})]}),t("div",{class:"frame",children:[t("nav",{class:"nav","aria-label":h("mainNav"),children:t("ul",{children:e.nav.map(i=>{let o=e.current===i.path||i.path!=="/"&&e.current.startsWith(`${i.path}/`);return t("li",{children:t("a",{href:U(i.path),"aria-current":o?"page":void 0,children:i.label})},i.path)})})}),t("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function mt(){let e=le()==="ja"?"en":"ja";return t("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${h("language")}: ${h("switchLang")}`,onClick:()=>Kt(e),"data-testid":"lang-toggle",children:h("switchLang")})}var xo=_(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function pi({notice:e}){let[n,i]=g(""),[o,r]=g(""),[a,d]=g(""),l=L(async()=>{let m=await N(xo,{email:n,password:o},{municipality:a.trim()||void 0});de(m.login.token)});return t("div",{class:"login",children:[t("div",{class:"login-lang",children:t(mt,{})}),t("main",{id:"main",class:"login-box",children:[t("h1",{children:h("appName")}),t("h2",{children:h("signInTitle")}),e&&t("p",{class:"banner banner-notice",role:"status",children:e}),l.error&&t(T,{error:l.error}),t("form",{onSubmit:m=>{m.preventDefault(),l.run()},children:[t(M,{label:h("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:i,testid:"login-email"}),t(M,{label:h("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:r,testid:"login-password"}),t(M,{label:h("municipality"),help:h("municipalityHelp"),value:a,onInput:d,autocomplete:"off",testid:"login-municipality"}),t(D,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"login-submit",children:l.busy?h("signingIn"):h("signIn")})]})]})]})}var $o=_(`
  mutation Logout {
    logout
  }
`);async function So(){try{await N($o,{})}finally{de(null)}}function To(){let[,e]=g(0),[n,i]=g(Pe()!==null),[o,r]=g(!1);return H(()=>Vt(()=>e(a=>a+1)),[]),H(()=>zt(a=>{r(!a&&n),i(a)}),[n]),n?t(No,{}):t(pi,{notice:o?h("errUnauthenticated"):void 0})}function No(){let e=j(Mn,{}),[n,i]=g(!1),o=En(),r=()=>{i(!0),So().catch(()=>{})};if(e.error)return t("main",{id:"main",class:"login-box",children:[t(T,{error:e.error,onRetry:()=>{e.reload()},retryLabel:h("retry")}),t(D,{onClick:r,children:h("signOut")})]});if(!e.data)return t(X,{label:h("loading")});let a=e.data.me;if(!a||a.role==="PROPOSER")return t("main",{id:"main",class:"login-box",children:[t("p",{class:"banner banner-error",role:"alert",children:h("proposerOnly")}),t(D,{onClick:r,children:h("signOut")})]});let d={me:a,municipality:e.data.municipality,permissions:null},l=Ce.filter(c=>c.nav&&W(d,c.permission)).sort((c,v)=>c.nav.order-v.nav.order).map(c=>({path:c.path,label:c.nav.label()})),m=Rn(Ce,o.path),b;if(!m||!W(d,m.route.permission))b=t("section",{children:[t("h1",{children:h("notFound")}),t("p",{children:t("a",{href:"#/",children:h("backHome")})})]});else{let c=m.route.component;b=t(c,{params:m.params,query:o.query},o.path)}return t(tt.Provider,{value:d,children:t(di,{viewer:d,nav:l,current:o.path,onSignOut:r,signingOut:n,children:b})})}document.documentElement.lang=le();kt(t(To,{}),document.getElementById("app"));
